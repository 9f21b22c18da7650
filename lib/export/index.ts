// Export and import for extension pages: one call builds the files of a format for a scope, one
// call reads a backup file back. The page root (popup, dashboard) passes the database and settings
// and hands the files to download.ts; components/ExportPanel and ImportPanel only show the choices.
import type { Settings } from '../settings';
import type { LagebildDB } from '../store/schema';
import { toCsv } from './csv';
import { exportFilename, type ExportFormat } from './filename';
import { backupJson } from './json-backup';
import { toMarkdown } from './markdown';
import { applyScope, describeScope, type Scope } from './scope';
import { readSnapshot, type ExportLang, type Snapshot } from './snapshot';
import { stixJson } from './stix';
import { webAnnotationJson } from './web-annotation';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** The formats in the order the panel offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json-backup', 'web-annotation', 'stix'];

export interface ExportOptions {
  scope: Scope;
  /** Export time (epoch ms): names the files and is written into them. */
  now: number;
  lang?: ExportLang;
  /** For the backup, which holds the settings too. */
  settings: Settings;
}

/** The files one format makes of a snapshot. The backup ignores the scope: it is always everything. */
export async function buildExport(all: Snapshot, format: ExportFormat, { scope, now, lang = 'en', settings }: ExportOptions): Promise<ExportFile[]> {
  const when = new Date(now);
  const s = format === 'json-backup' ? all : applyScope(all, scope);
  switch (format) {
    case 'markdown':
      return [{ filename: exportFilename('markdown', when), mime: 'text/markdown', text: toMarkdown(s, { exportedAt: now, scope: describeScope(scope), lang }) }];
    case 'csv': {
      const csv = toCsv(s, lang);
      return [
        { filename: exportFilename('csv-mentions', when), mime: 'text/csv', text: csv.mentions },
        { filename: exportFilename('csv-notes', when), mime: 'text/csv', text: csv.notes },
      ];
    }
    case 'json-backup':
      return [{ filename: exportFilename('json-backup', when), mime: 'application/json', text: backupJson(s, settings, now) }];
    case 'web-annotation':
      return [{ filename: exportFilename('web-annotation', when), mime: 'application/ld+json', text: await webAnnotationJson(s, now, lang) }];
    case 'stix':
      return [{ filename: exportFilename('stix', when), mime: 'application/json', text: await stixJson(s, now) }];
  }
}

/** Read the memory and build a format's files. */
export async function exportFromDb(db: LagebildDB, format: ExportFormat, options: ExportOptions): Promise<ExportFile[]> {
  return buildExport(await readSnapshot(db), format, options);
}

export { downloadFiles } from './download';
export { describeImport, importBackupText, parseBackup, type ImportMode, type ImportSummary, type SettingsStore } from './import';
export type { ExportFormat } from './filename';
export type { Scope } from './scope';
