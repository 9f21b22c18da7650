// The reader's notes, newest first, each with its article and quoted passage; edit in place,
// delete with undo. Note text is rendered as text, never as HTML. Props only: no browser.*, no database.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, safeHref } from '../lib/ui/format';
import { useI18n } from '../lib/ui/i18n';
import { NoteEditor, type SaveOutcome } from './NoteEditor';

export interface NoteView {
  id: string;
  text: string;
  created: number;
  updated: number;
  quote?: string;
  article?: { title: string; url: string; site: string };
  entity?: { id: string; name: string };
}

export interface NoteActions {
  onUpdate: (id: string, text: string) => Promise<SaveOutcome>;
  onDelete: (id: string) => Promise<SaveOutcome>;
  onRestore: (id: string) => Promise<SaveOutcome>;
  /** Opens the entity a note is about (absent where the list is already the entity's). */
  onOpenEntity?: (entityId: string) => void;
}

export interface NoteListProps extends NoteActions {
  notes: readonly NoteView[];
  /** Hide the "about …" line (the list sits under its entity). */
  hideEntity?: boolean;
  /** Shown instead of the list when there are no notes (the undo bar stays above it). */
  empty?: ComponentChildren;
}

export function NoteList({ notes, hideEntity, empty, onUpdate, onDelete, onRestore, onOpenEntity }: NoteListProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string>();
  const [deleted, setDeleted] = useState<NoteView>();
  const [problem, setProblem] = useState<string>();

  const remove = async (note: NoteView) => {
    setProblem(undefined);
    const outcome = await onDelete(note.id);
    if (outcome.ok) setDeleted(note);
    else setProblem(outcome.message);
  };
  const undo = async () => {
    if (!deleted) return;
    const outcome = await onRestore(deleted.id);
    if (outcome.ok) setDeleted(undefined);
    else setProblem(outcome.message);
  };

  return (
    <div class="note-list">
      {deleted && (
        <div class="undo" role="status">
          <span>{t('note_deleted')}</span>
          <button type="button" class="link" onClick={() => void undo()}>
            {t('note_undo')}
          </button>
        </div>
      )}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      {notes.length === 0 && empty}
      {notes.length > 0 && (
      <ul class="notes">
        {notes.map((note) => {
          const href = safeHref(note.article?.url);
          return (
            <li key={note.id} class="note" data-note={note.id}>
              {!hideEntity && note.entity && (
                <p class="about">
                  {onOpenEntity ? (
                    <button type="button" class="link" onClick={() => onOpenEntity(note.entity!.id)}>
                      {note.entity.name}
                    </button>
                  ) : (
                    note.entity.name
                  )}
                </p>
              )}
              {note.quote ? <blockquote class="quote">{note.quote}</blockquote> : null}
              {editing === note.id ? (
                <NoteEditor
                  label={t('note_edit_label')}
                  initial={note.text}
                  autoFocus
                  onCancel={() => setEditing(undefined)}
                  onSave={async (text) => {
                    const outcome = await onUpdate(note.id, text);
                    if (outcome.ok) setEditing(undefined);
                    return outcome;
                  }}
                />
              ) : (
                note.text && <p class="note-text">{note.text}</p>
              )}
              <p class="meta">
                <span>{formatDate(note.updated, lang)}</span>
                {note.article && (
                  <>
                    {' · '}
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {note.article.title}
                      </a>
                    ) : (
                      note.article.title
                    )}
                    {note.article.site ? ` (${note.article.site})` : ''}
                  </>
                )}
              </p>
              {editing !== note.id && (
                <div class="actions">
                  <button type="button" onClick={() => setEditing(note.id)} aria-label={t('note_edit_aria', excerpt(note))}>
                    {t('note_edit')}
                  </button>
                  <button type="button" class="danger" onClick={() => void remove(note)} aria-label={t('note_delete_aria', excerpt(note))}>
                    {t('note_delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      )}
    </div>
  );
}

function excerpt(note: NoteView): string {
  const text = note.text || note.quote || '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
