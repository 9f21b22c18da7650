// A note's text field with save and cancel; Ctrl/⌘+Enter saves, Escape cancels. The outcome of a
// save is said in words next to the button. Props only: no browser.* and no database.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../lib/ui/i18n';

export interface SaveOutcome {
  ok: boolean;
  /** Shown when the save failed. */
  message?: string;
}

export interface NoteEditorProps {
  /** Accessible name of the text field ("New note on Sergei Shoigu"). */
  label: string;
  initial?: string;
  submitLabel?: string;
  onSave: (text: string) => Promise<SaveOutcome>;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Empty after a successful save (a "new note" field), rather than keeping the text. */
  clearOnSave?: boolean;
}

export function NoteEditor({ label, initial = '', submitLabel, onSave, onCancel, autoFocus, clearOnSave }: NoteEditorProps) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const save = async () => {
    if (busy || !text.trim()) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await onSave(text);
      if (!outcome.ok) setProblem(outcome.message ?? t('note_save_failed'));
      else if (clearOnSave) setText('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={field}
        aria-label={label}
        placeholder={label}
        rows={3}
        value={text}
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || !text.trim()}>
          {submitLabel ?? t('note_save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('note_cancel')}
          </button>
        )}
      </div>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
