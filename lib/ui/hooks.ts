// Data hooks shared by the page roots (popup, dashboard): live store queries and note actions in the
// shapes the components take. Only page roots call these; components stay props-only.
import { useMemo } from 'preact/hooks';
import { getEntity } from '../kb';
import type { Result } from '../messages';
import { cardEntity } from '../page/card-model';
import { createNote, deleteNote, restoreNote, updateNote } from '../store/notes';
import type { LagebildDB } from '../store/schema';
import type { EntityDetailProps } from '../../components/EntityDetail';
import type { NoteActions } from '../../components/NoteList';
import type { SaveOutcome } from '../../components/NoteEditor';
import { loadEntityNotes, loadTimeline, loadTogether } from './data';
import { entityName } from './entities';
import type { UiLang } from './i18n';
import { useLive } from './live';

function outcome(result: Result<unknown>): SaveOutcome {
  return result.ok ? { ok: true } : { ok: false, message: result.error.message };
}

/** Edit, delete and undo on the store; every answer is an outcome in words, never a throw. */
export function noteActions(db: LagebildDB): Required<Pick<NoteActions, 'onUpdate' | 'onDelete' | 'onRestore'>> {
  return {
    onUpdate: async (id, text) => outcome(await updateNote(db, id, text)),
    onDelete: async (id) => outcome(await deleteNote(db, id)),
    onRestore: async (id) => outcome(await restoreNote(db, id)),
  };
}

/** Everything EntityDetail shows about one entity, live. */
export function useEntityDetail(db: LagebildDB, entityId: string, lang: UiLang): Omit<EntityDetailProps, 'onBack' | 'onOpenEntity'> {
  const timeline = useLive(() => loadTimeline(db, entityId), [db, entityId]);
  const notes = useLive(() => loadEntityNotes(db, entityId, lang), [db, entityId, lang]);
  const together = useLive(() => loadTogether(db, entityId, lang), [db, entityId, lang]);
  const own = useLive(() => db.ownEntities.get(entityId), [db, entityId]);
  const actions = useMemo(() => noteActions(db), [db]);
  const entity = getEntity(entityId);
  const ownEntity = own.state === 'ready' ? own.value : undefined;
  return {
    id: entityId,
    facts: entity ? cardEntity(entity, lang, (id) => getEntity(id)?.names[lang]) : undefined,
    name: entityName(entityId, lang, ownEntity),
    type: entity?.type ?? ownEntity?.type,
    timeline,
    notes,
    together,
    onCreateNote: async (text) => outcome(await createNote(db, { text, entityId })),
    ...actions,
  };
}
