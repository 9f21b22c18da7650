// The popup's root: reads the store live (Dexie liveQuery), asks the current tab's content script
// what it shows, and hands plain props to the components. The only place here that calls browser.*.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Loaded } from '@/components/EmptyState';
import { EntityDetail } from '@/components/EntityDetail';
import { EntityList } from '@/components/EntityList';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { NotesPanel } from '@/components/NotesPanel';
import { Tabs } from '@/components/Tabs';
import { ThisPage, type ThisPageState } from '@/components/ThisPage';
import { useExportImport } from '@/lib/export/use-export-import';
import { sendToTab } from '@/lib/messages';
import { LagebildDB } from '@/lib/store/schema';
import { loadEntities, loadNotes, type EntitiesData } from '@/lib/ui/data';
import { entityName, type EntityQuery } from '@/lib/ui/entities';
import { noteActions, useEntityDetail } from '@/lib/ui/hooks';
import { browserI18n, I18nContext, type UiLang } from '@/lib/ui/i18n';
import { useLive, type Live } from '@/lib/ui/live';

type TabId = 'page' | 'entities' | 'notes';

/** How often "This page" asks the tab again while it is shown: live tickers add mentions as they go. */
const PAGE_REFRESH_MS = 2000;

export function App() {
  const i18n = useMemo(() => browserI18n(browser.i18n), []);
  const db = useMemo(() => new LagebildDB(), []);
  const [tab, setTab] = useState<TabId>('page');
  const [openEntity, setOpenEntity] = useState<string>();
  const { t, lang } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('ui_name');
  }, [lang, t]);

  const entities = useLive(() => loadEntities(db, lang), [db, lang]);
  const open = (id: string) => {
    setOpenEntity(id);
    setTab('entities');
  };

  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-head">
        <h1>{t('ui_name')}</h1>
        <nav>
          <button type="button" onClick={() => void openDashboard()}>
            {t('open_dashboard')}
          </button>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('open_settings')}
          </button>
        </nav>
      </header>
      <Tabs
        label={t('tabs_label')}
        selected={tab}
        onSelect={(id) => {
          setTab(id);
          if (id === 'entities') setOpenEntity(undefined);
        }}
        tabs={[
          { id: 'page', label: t('tab_page') },
          { id: 'entities', label: t('tab_entities'), badge: entities.state === 'ready' ? String(entities.value.views.length) : undefined },
          { id: 'notes', label: t('tab_notes') },
        ]}
      >
        {tab === 'page' && <PagePane lang={lang} onFailed={t('page_reveal_failed')} />}
        {tab === 'entities' &&
          (openEntity ? (
            <EntityPane db={db} id={openEntity} lang={lang} onBack={() => setOpenEntity(undefined)} onOpen={open} />
          ) : (
            <EntitiesPane entities={entities} onOpen={open} />
          ))}
        {tab === 'notes' && <NotesPane db={db} lang={lang} onOpen={open} />}
      </Tabs>
      <footer class="popup-foot">
        {/* Export and import (issue #7): the panels from components/ExportPanel and ImportPanel. */}
        <section class="export-slot" aria-label={t('export_heading')}>
          <ExportPane db={db} lang={lang} label={t('export_heading')} />
        </section>
      </footer>
    </I18nContext.Provider>
  );
}

async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') + hash });
  window.close();
}

/**
 * The tab the reader is looking at. Opened as a real popup that is the active tab; opened as a tab
 * of its own (keyboard users, tests), it is the tab the reader was on just before.
 */
async function readerTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

function PagePane({ lang, onFailed }: { lang: UiLang; onFailed: string }) {
  const [page, setPage] = useState<ThisPageState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const id = tabId ?? (await readerTab());
      if (stopped) return;
      if (id === undefined) return setPage({ state: 'unreachable' });
      if (id !== tabId) setTabId(id);
      const answer = await sendToTab(browser.tabs, id, 'page/entities', {});
      if (stopped) return;
      if (!answer.ok) setPage((before) => (before.state === 'ready' ? before : { state: 'unreachable' }));
      else setPage({ state: 'ready', entities: answer.value.entities.map((e) => ({ id: e.entityId, type: e.type, count: e.count, name: entityName(e.entityId, lang) })) });
      timer = setTimeout(() => void ask(), PAGE_REFRESH_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, lang]);

  const reveal = async (entityId: string) => {
    if (tabId === undefined) return;
    setProblem(undefined);
    const answer = await sendToTab(browser.tabs, tabId, 'page/reveal', { entityId });
    if (!answer.ok) return setProblem(answer.error.code === 'not-found' ? onFailed : answer.error.message);
    const self = await browser.tabs.getCurrent().catch(() => undefined);
    // As a tab of its own, bring the article forward; as a popup, step aside so the card shows.
    if (self) await browser.tabs.update(tabId, { active: true });
    else window.close();
  };

  return <ThisPage page={page} onReveal={(id) => void reveal(id)} problem={problem} />;
}

function EntitiesPane({ entities, onOpen }: { entities: Live<EntitiesData>; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState<EntityQuery>({ sort: 'lastSeen' });
  return (
    <Loaded live={entities}>
      {(data) => <EntityList entities={data.views} own={data.own} query={query} onQueryChange={setQuery} onOpen={onOpen} />}
    </Loaded>
  );
}

function EntityPane({ db, id, lang, onBack, onOpen }: { db: LagebildDB; id: string; lang: UiLang; onBack: () => void; onOpen: (id: string) => void }) {
  const detail = useEntityDetail(db, id, lang);
  useEffect(() => {
    document.getElementById('entity-name')?.focus();
  }, [id]);
  return <EntityDetail {...detail} onBack={onBack} onOpenEntity={onOpen} onOpenInDashboard={() => void openDashboard(`#entity=${encodeURIComponent(id)}`)} />;
}

function NotesPane({ db, lang, onOpen }: { db: LagebildDB; lang: UiLang; onOpen: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const notes = useLive(() => loadNotes(db, search, lang), [db, search, lang]);
  const actions = useMemo(() => noteActions(db), [db]);
  return <NotesPanel search={search} onSearch={setSearch} notes={notes} {...actions} onOpenEntity={onOpen} />;
}

/** Export and import (issue #7, lib/export/), folded away until the reader opens it. */
function ExportPane({ db, lang, label }: { db: LagebildDB; lang: UiLang; label: string }) {
  const { exportProps, importProps } = useExportImport(db, lang);
  return (
    <details class="export-import">
      <summary>{label}</summary>
      <ExportPanel {...exportProps} />
      <ImportPanel {...importProps} />
    </details>
  );
}
