import { describe, expect, it } from 'vitest';
import { exportFilename } from './filename';

describe('exportFilename', () => {
  const when = new Date(2026, 0, 5, 23, 30); // the reader's local day
  it.each([
    ['markdown', 'lagebild-notes-2026-01-05.md'],
    ['csv-mentions', 'lagebild-mentions-2026-01-05.csv'],
    ['csv-notes', 'lagebild-notes-2026-01-05.csv'],
    ['json-backup', 'lagebild-backup-2026-01-05.json'],
    ['web-annotation', 'lagebild-annotations-2026-01-05.jsonld'],
    ['stix', 'lagebild-stix-2026-01-05.json'],
  ] as const)('%s → %s', (kind, name) => {
    expect(exportFilename(kind, when)).toBe(name);
  });
});
