// Import of a JSON backup: the file, merge or replace, and what came of it. The page root reads the
// file and imports it (lib/export/import.ts). Props only: no browser.* and no database.
import { useState } from 'preact/hooks';
import type { ImportMode } from '../lib/export/import';
import { useI18n } from '../lib/ui/i18n';
import type { PanelMessage } from './ExportPanel';
import './export-import.css';

export interface ImportPanelProps {
  onImport: (file: File, mode: ImportMode) => void;
  busy?: boolean;
  message?: PanelMessage;
}

const WORDS = {
  en: {
    heading: 'Import a backup', file: 'Backup file (JSON)', mode: 'How', merge: 'Merge: keep what is here, add and update from the file',
    replace: 'Replace: the memory becomes the file', run: 'Import', runReplace: 'Replace everything with this file',
  },
  de: {
    heading: 'Sicherung importieren', file: 'Sicherungsdatei (JSON)', mode: 'Wie', merge: 'Zusammenführen: Vorhandenes bleibt, die Datei ergänzt und aktualisiert',
    replace: 'Ersetzen: der Speicher wird zur Datei', run: 'Importieren', runReplace: 'Alles durch diese Datei ersetzen',
  },
} as const;

export function ImportPanel({ onImport, busy, message }: ImportPanelProps) {
  const { lang } = useI18n();
  const w = WORDS[lang];
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('merge');
  return (
    <form
      class="import-panel"
      aria-labelledby="import-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (file) onImport(file, mode);
      }}
    >
      <h2 id="import-heading">{w.heading}</h2>
      <label>
        {w.file}{' '}
        <input type="file" name="import-file" accept=".json,application/json" onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0])} />
      </label>
      <fieldset>
        <legend>{w.mode}</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {w.merge}
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {w.replace}
        </label>
      </fieldset>
      <button type="submit" name="import-run" disabled={!file || busy}>
        {mode === 'replace' ? w.runReplace : w.run}
      </button>
      {message && (
        <p class="export-message" data-kind={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
