// The card's facts are asked of the background in the reader's language; a failed answer is no
// facts (and so no card), never a throw into the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { err, ok, type Envelope } from '../messages';
import { backgroundCardServices } from './card-services';
import type { CardEntity } from './card-model';

const shoigu: CardEntity = {
  id: 'sergei-shoigu',
  type: 'person',
  name: 'Sergej Schoigu',
  typeLabel: 'Person',
  description: 'Sekretär des russischen Sicherheitsrats.',
  roles: [{ title: 'Sekretär des Sicherheitsrats', of: 'Sicherheitsrat der Russischen Föderation', period: 'seit 12. Mai 2024' }],
  otherNames: [{ lang: 'en', name: 'Sergei Shoigu' }],
};

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('card services: facts', () => {
  it('asks entity/card in the reader’s language and answers the card model', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      sent.push(message);
      return ok(shoigu);
    }) as never);
    const services = backgroundCardServices('de', () => ({ recorded: new Set() }));
    expect(await services.facts('sergei-shoigu')).toEqual(shoigu);
    expect(sent).toEqual([{ lagebild: 1, type: 'entity/card', payload: { entityId: 'sergei-shoigu', lang: 'de' } } satisfies Envelope<'entity/card'>]);
  });

  it.each([
    ['an unknown id', async () => err('not-found', 'Lagebild’s knowledge base does not know this entity.')],
    ['no background', async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
  ])('%s is no facts', async (_, answer) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
    expect(await backgroundCardServices('en', () => ({ recorded: new Set() })).facts('nobody')).toBeUndefined();
  });
});
