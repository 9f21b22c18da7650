// The page roots' side of the export and import panels: the scope, the entity list, building and
// downloading files, reading and importing a backup. Used by the popup and the dashboard.
import { useState } from 'preact/hooks';
import type { ExportPanelProps, PanelMessage } from '../../components/ExportPanel';
import type { ImportPanelProps } from '../../components/ImportPanel';
import { getSettings, updateSettings } from '../settings';
import { entityOverview } from '../store/entities';
import type { LagebildDB } from '../store/schema';
import { entityName } from '../ui/entities';
import type { UiLang } from '../ui/i18n';
import { useLive } from '../ui/live';
import { downloadFiles } from './download';
import { describeImport, importBackupText } from './import';
import { EXPORT_FORMATS, exportFromDb } from './index';
import type { Scope } from './scope';

export function useExportImport(db: LagebildDB, lang: UiLang): { exportProps: ExportPanelProps; importProps: ImportPanelProps } {
  const [scope, setScope] = useState<Scope>({ kind: 'all' });
  const [busy, setBusy] = useState(false);
  const [exportMessage, setExportMessage] = useState<PanelMessage>();
  const [importMessage, setImportMessage] = useState<PanelMessage>();
  const rows = useLive(() => entityOverview(db), [db]);
  const entities = rows.state === 'ready'
    ? rows.value.map((r) => ({ id: r.entityId, name: entityName(r.entityId, lang, r.own) })).sort((a, b) => a.name.localeCompare(b.name, lang))
    : [];

  const run = async (work: () => Promise<PanelMessage>, show: (m: PanelMessage) => void) => {
    setBusy(true);
    try {
      show(await work());
    } catch (error) {
      show({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return {
    exportProps: {
      formats: EXPORT_FORMATS,
      scope,
      onScopeChange: (next) => {
        setScope(next);
        setExportMessage(undefined);
      },
      entities,
      busy,
      message: exportMessage,
      onExport: (format) =>
        void run(async () => {
          const files = await exportFromDb(db, format, { scope, now: Date.now(), lang, settings: await getSettings() });
          const saved = await downloadFiles(files);
          if (!saved.ok) return { kind: 'error', text: saved.error.message };
          return { kind: 'ok', text: `${lang === 'de' ? 'Gespeichert' : 'Saved'}: ${files.map((f) => f.filename).join(', ')}` };
        }, setExportMessage),
    },
    importProps: {
      busy,
      message: importMessage,
      onImport: (file, mode) =>
        void run(async () => {
          const result = await importBackupText(db, await file.text(), mode, { get: () => getSettings(), set: (s) => updateSettings(s) });
          return result.ok ? { kind: 'ok', text: describeImport(result.value) } : { kind: 'error', text: result.error.message };
        }, setImportMessage),
    },
  };
}
