import { describe, expect, it } from 'vitest';
import { entities } from './index';
import { packEntities, packShards, unpackEntities } from './transport';

describe('the base as the build ships it', () => {
  it('unpacks to every entity with exactly the fields it had', () => {
    expect(unpackEntities(packEntities(entities))).toEqual(entities);
  });

  it('is smaller than the entities as JSON, which the build would otherwise write', () => {
    expect(packEntities(entities).length).toBeLessThan(JSON.stringify(entities).length);
  });

  it('comes in shards under the size asked for, which together unpack to the whole base in order', () => {
    const limit = 1_000_000;
    const shards = packShards(entities, limit);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(new TextEncoder().encode(shard).length).toBeLessThanOrEqual(limit);
    expect(shards.flatMap(unpackEntities)).toEqual(entities);
  });
});
