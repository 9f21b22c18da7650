// All the reader's notes, newest first, with a search over their words, quotes and entity names.
// Props only: no browser.* and no database.
import { useI18n } from '../lib/ui/i18n';
import type { Live } from '../lib/ui/live';
import { EmptyState, Loaded } from './EmptyState';
import { NoteList, type NoteActions, type NoteView } from './NoteList';

export interface NotesPanelProps extends NoteActions {
  search: string;
  onSearch: (search: string) => void;
  notes: Live<NoteView[]>;
}

export function NotesPanel({ search, onSearch, notes, ...actions }: NotesPanelProps) {
  const { t } = useI18n();
  const searching = search.trim() !== '';
  return (
    <div class="notes-panel">
      <label class="field notes-search" role="search">
        <span class="label">{t('notes_search_label')}</span>
        <input type="search" name="note-search" value={search} placeholder={t('notes_search_placeholder')} autoComplete="off" onInput={(event) => onSearch((event.currentTarget as HTMLInputElement).value)} />
      </label>
      <Loaded live={notes}>
        {(list) => (
          <NoteList
            notes={list}
            {...actions}
            empty={searching ? <EmptyState title={t('notes_none_match', search.trim())} /> : <EmptyState title={t('notes_empty_title')}>{t('notes_empty_body')}</EmptyState>}
          />
        )}
      </Loaded>
    </div>
  );
}
