// Export choices: which part of the memory (all, one entity, a date range) and which format; the page
// root builds and downloads the files (lib/export). Props only: no browser.* and no database.
import type { ExportFormat } from '../lib/export/filename';
import type { Scope } from '../lib/export/scope';
import { useI18n } from '../lib/ui/i18n';
import './export-import.css';

export interface PanelMessage {
  kind: 'ok' | 'error';
  text: string;
}

export interface ExportPanelProps {
  formats: readonly ExportFormat[];
  scope: Scope;
  onScopeChange: (scope: Scope) => void;
  /** The entities the reader can narrow to, already named in the UI language. */
  entities: readonly { id: string; name: string }[];
  onExport: (format: ExportFormat) => void;
  busy?: boolean;
  message?: PanelMessage;
}

const WORDS = {
  en: {
    heading: 'Export', scope: 'What', all: 'Everything', entity: 'One entity', range: 'Articles from', to: 'to',
    chooseEntity: 'Entity', from: 'From', until: 'Until', formats: 'Format', backupNote: 'always everything',
    names: {
      markdown: ['Markdown report', 'for documents'], csv: ['CSV', 'two tables for spreadsheets'], 'json-backup': ['JSON backup', 'importable'],
      'web-annotation': ['Web Annotation', 'W3C JSON-LD'], stix: ['STIX 2.1', 'for OpenCTI, MISP'],
    },
  },
  de: {
    heading: 'Export', scope: 'Was', all: 'Alles', entity: 'Ein Eintrag', range: 'Artikel von', to: 'bis',
    chooseEntity: 'Eintrag', from: 'Von', until: 'Bis', formats: 'Format', backupNote: 'immer alles',
    names: {
      markdown: ['Markdown-Bericht', 'für Dokumente'], csv: ['CSV', 'zwei Tabellen'], 'json-backup': ['JSON-Sicherung', 'importierbar'],
      'web-annotation': ['Web Annotation', 'W3C JSON-LD'], stix: ['STIX 2.1', 'für OpenCTI, MISP'],
    },
  },
} as const;

export function ExportPanel({ formats, scope, onScopeChange, entities, onExport, busy, message }: ExportPanelProps) {
  const { lang } = useI18n();
  const w = WORDS[lang];
  const firstEntity = entities[0]?.id;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <section class="export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{w.heading}</h2>
      <fieldset>
        <legend>{w.scope}</legend>
        <label>
          <input type="radio" name="export-scope" value="all" checked={scope.kind === 'all'} onChange={() => onScopeChange({ kind: 'all' })} />
          {w.all}
        </label>
        <label>
          <input
            type="radio" name="export-scope" value="entity" checked={scope.kind === 'entity'} disabled={!firstEntity}
            onChange={() => firstEntity && onScopeChange({ kind: 'entity', entityId: firstEntity })}
          />
          {w.entity}
        </label>
        {scope.kind === 'entity' && (
          <select name="export-entity" aria-label={w.chooseEntity} value={scope.entityId} onChange={(e) => onScopeChange({ kind: 'entity', entityId: value(e) })}>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>{e.name}</option>
            ))}
          </select>
        )}
        <label>
          <input type="radio" name="export-scope" value="range" checked={scope.kind === 'range'} onChange={() => onScopeChange({ kind: 'range' })} />
          {w.range}
        </label>
        {scope.kind === 'range' && (
          <span>
            <input type="date" name="export-from" aria-label={w.from} value={scope.from ?? ''} onChange={(e) => onScopeChange({ ...scope, from: value(e) || undefined })} />{' '}
            {w.to}{' '}
            <input type="date" name="export-to" aria-label={w.until} value={scope.to ?? ''} onChange={(e) => onScopeChange({ ...scope, to: value(e) || undefined })} />
          </span>
        )}
      </fieldset>
      <div class="export-formats" role="group" aria-label={w.formats}>
        {formats.map((format) => {
          const [name, hint] = w.names[format];
          return (
            <button key={format} type="button" data-format={format} disabled={busy} onClick={() => onExport(format)}>
              {name}
              <small>{format === 'json-backup' && scope.kind !== 'all' ? `${hint}, ${w.backupNote}` : hint}</small>
            </button>
          );
        })}
      </div>
      {message && (
        <p class="export-message" data-kind={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
