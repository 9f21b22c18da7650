import { describe, expect, it } from 'vitest';
import { uuidv5 } from './uuid';

describe('uuidv5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', async () => {
    expect(await uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable for a name and differs between names', async () => {
    expect(await uuidv5('sergei-shoigu')).toBe(await uuidv5('sergei-shoigu'));
    expect(await uuidv5('sergei-shoigu')).not.toBe(await uuidv5('iran'));
    expect(await uuidv5('iran')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
