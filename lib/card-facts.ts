// The hover card's facts about one entity, answered in the background, which holds the knowledge
// base: the content script asks for them, so the base never ships into every page. Reads no database.
import { getEntity } from './kb';
import { loadKnowledgeBase } from './kb/load';
import { err, ok, type RequestOf, type Result } from './messages';
import { cardEntity, type CardEntity } from './page/card-model';

export async function cardFacts({ entityId, lang }: RequestOf<'entity/card'>): Promise<Result<CardEntity>> {
  if (typeof entityId !== 'string' || !entityId) return err('invalid', 'entity/card needs an entityId.');
  if (lang !== 'de' && lang !== 'en') return err('invalid', 'entity/card needs the language “de” or “en”.');
  try {
    await loadKnowledgeBase();
  } catch (error) {
    return err('internal', error instanceof Error ? error.message : String(error));
  }
  const entity = getEntity(entityId);
  if (!entity) return err('not-found', 'Lagebild’s knowledge base does not know this entity.');
  // Linked entities (the body a role belongs to) are named here, where the whole base is at hand.
  return ok(cardEntity(entity, lang, (id) => getEntity(id)?.names[lang]));
}
