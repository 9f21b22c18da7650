// The card's facts come from the background's knowledge base, in the reader's language, with
// linked entities named; anything else comes back as an error value, never a throw.
import { describe, expect, it } from 'vitest';
import { cardFacts } from './card-facts';
import { getEntity } from './kb';
import { dispatch, type Handlers } from './messages';

describe('entity/card', () => {
  it('answers the card model of a known entity, with the body of a role named in that language', async () => {
    const council = getEntity('russian-security-council')!;
    for (const lang of ['de', 'en'] as const) {
      const answer = await cardFacts({ entityId: 'sergei-shoigu', lang });
      expect(answer.ok).toBe(true);
      if (!answer.ok) continue;
      expect(answer.value).toMatchObject({ id: 'sergei-shoigu', type: 'person', name: getEntity('sergei-shoigu')!.names[lang] });
      expect(answer.value.roles.some((role) => role.of === council.names[lang])).toBe(true);
      // Plain data: it crosses contexts as it is.
      expect(structuredClone(answer.value)).toEqual(answer.value);
    }
  });

  it('an id the base does not know is not-found', async () => {
    expect(await cardFacts({ entityId: 'no-such-entity', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    [{ entityId: '', lang: 'en' }],
    [{ entityId: 42, lang: 'en' }],
    [{ entityId: 'sergei-shoigu', lang: 'fr' }],
    [{ entityId: 'sergei-shoigu' }],
  ])('a malformed request %j is invalid', async (payload) => {
    expect(await cardFacts(payload as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('is answered through the message protocol', async () => {
    const handlers = { 'entity/card': cardFacts } as Partial<Handlers> as Handlers;
    const answer = await dispatch(handlers, { lagebild: 1, type: 'entity/card', payload: { entityId: 'iran', lang: 'de' } }, {});
    expect(answer).toMatchObject({ ok: true, value: { id: 'iran', type: 'state', name: getEntity('iran')!.names.de } });
  });
});
