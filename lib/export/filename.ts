// File names for exports: "lagebild-<what>-YYYY-MM-DD.<ext>", dated by the reader's local day.
export type ExportFormat = 'markdown' | 'csv' | 'json-backup' | 'web-annotation' | 'stix';

/** What a downloaded file holds, for its name: the CSV export is two files. */
export type FileKind = 'markdown' | 'csv-mentions' | 'csv-notes' | 'json-backup' | 'web-annotation' | 'stix';

const NAMES: Record<FileKind, [stem: string, ext: string]> = {
  markdown: ['notes', 'md'],
  'csv-mentions': ['mentions', 'csv'],
  'csv-notes': ['notes', 'csv'],
  'json-backup': ['backup', 'json'],
  'web-annotation': ['annotations', 'jsonld'],
  stix: ['stix', 'json'],
};

export function exportFilename(kind: FileKind, when: Date): string {
  const [stem, ext] = NAMES[kind];
  return `lagebild-${stem}-${localDay(when)}.${ext}`;
}

/** YYYY-MM-DD in the local time zone: the day the reader sees on the calendar. */
export function localDay(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
