import { describe, expect, it } from 'vitest';
import { entities } from './index';
import { packEntities, unpackEntities } from './transport';

describe('the base as the build ships it', () => {
  it('unpacks to every entity with exactly the fields it had', () => {
    expect(unpackEntities(packEntities(entities))).toEqual(entities);
  });

  it('is smaller than the entities as JSON, which the build would otherwise write', () => {
    expect(packEntities(entities).length).toBeLessThan(JSON.stringify(entities).length);
  });
});
