// The dashboard's root: the whole memory, live (Dexie liveQuery), as a timeline of mentions, a
// network of actors, sortable tables and the notes. The only place here that calls browser.*.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActorNetwork } from '@/components/ActorNetwork';
import { EmptyState, Loaded } from '@/components/EmptyState';
import { EntityDetail } from '@/components/EntityDetail';
import { EntityFilters } from '@/components/EntityFilters';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { MentionChart, SERIES_COLOURS } from '@/components/MentionChart';
import { NotesPanel } from '@/components/NotesPanel';
import { SortableTable, sortRows } from '@/components/SortableTable';
import { TypeBadge } from '@/components/TypeBadge';
import { useExportImport } from '@/lib/export/use-export-import';
import { getEntity } from '@/lib/kb';
import type { Article, Mention } from '@/lib/store/schema';
import { LagebildDB } from '@/lib/store/schema';
import { articleViews, loadEntities, loadNotes, type ArticleView } from '@/lib/ui/data';
import { defaultDirection, entityName, queryEntities, type EntityQuery, type EntitySort, type EntityView } from '@/lib/ui/entities';
import { formatDate, safeHref } from '@/lib/ui/format';
import { noteActions, useEntityDetail } from '@/lib/ui/hooks';
import { browserI18n, I18nContext, plural, useI18n, type UiLang } from '@/lib/ui/i18n';
import { useLive } from '@/lib/ui/live';
import { actorNetwork } from '@/lib/ui/network';
import { articleTime } from '@/lib/store/entities';
import { mentionSeries } from '@/lib/ui/series';

/** The whole memory in two reads; a history of thousands of articles is still a quick scan. */
async function loadAll(db: LagebildDB): Promise<{ articles: Article[]; mentions: Mention[] }> {
  return db.transaction('r', db.articles, db.mentions, async () => ({ articles: await db.articles.toArray(), mentions: await db.mentions.toArray() }));
}

/** `#entity=<id>` opens an entity, so the popup and the hover card can link straight to it. */
function entityFromHash(): string | undefined {
  const match = /(?:^#|&)entity=([^&]+)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export function App() {
  const i18n = useMemo(() => browserI18n(browser.i18n), []);
  const db = useMemo(() => new LagebildDB(), []);
  const { t, lang } = i18n;
  const [selected, setSelected] = useState<string | undefined>(entityFromHash);
  const [chosen, setChosen] = useState<string[]>();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('dash_title');
    const onHash = () => setSelected(entityFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [lang, t]);

  const entities = useLive(() => loadEntities(db, lang), [db, lang]);
  const all = useLive(() => loadAll(db), [db]);

  const open = (id: string) => {
    setSelected(id);
    history.replaceState(null, '', `#entity=${encodeURIComponent(id)}`);
    document.getElementById('entity-pane')?.scrollIntoView({ block: 'start' });
  };

  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-head dash-head">
        <h1>{t('dash_title')}</h1>
        <nav aria-label={t('dash_nav')}>
          <a href="#timeline">{t('dash_timeline')}</a>
          <a href="#network">{t('dash_network')}</a>
          <a href="#entities">{t('dash_entities')}</a>
          <a href="#articles">{t('dash_articles')}</a>
          <a href="#notes">{t('dash_notes')}</a>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('open_settings')}
          </button>
        </nav>
      </header>
      <main class="dash">
        <Loaded live={entities}>
          {(data) =>
            data.views.length === 0 ? (
              <EmptyState title={t('dash_empty_title')}>{t('dash_empty_body')}</EmptyState>
            ) : (
              <>
                <p class="summary">
                  {t(
                    'dash_intro',
                    all.state === 'ready' ? plural(t, 'articles', all.value.articles.length) : '…',
                    plural(t, 'entities', data.views.length),
                  )}
                </p>
                <div class="dash-grid">
                  <div class="dash-main">
                    <TimelineSection views={data.views} all={all.state === 'ready' ? all.value : undefined} chosen={chosen} onChoose={setChosen} />
                    <section id="network" class="card-section" aria-labelledby="network-h">
                      <h2 id="network-h">{t('dash_network')}</h2>
                      <p class="muted hint">{t('dash_network_hint')}</p>
                      {all.state === 'ready' && <NetworkView mentions={all.value.mentions} lang={lang} selected={selected} onOpen={open} />}
                    </section>
                  </div>
                  <aside id="entity-pane" class="card-section dash-side" aria-label={t('dash_entity')}>
                    {selected ? <EntityPane db={db} id={selected} lang={lang} onOpen={open} /> : <p class="muted">{t('dash_entity_hint')}</p>}
                  </aside>
                </div>
                <EntityTable views={data.views} own={data.own} chosen={chosen ?? defaultChosen(data.views)} onChoose={setChosen} onOpen={open} />
                {all.state === 'ready' && <ArticleTable articles={articleViews(all.value.articles, all.value.mentions)} />}
              </>
            )
          }
        </Loaded>
        <NotesSection db={db} lang={lang} onOpen={open} />
        <ExportSection db={db} lang={lang} heading={t('export_heading')} />
      </main>
    </I18nContext.Provider>
  );
}

/** The three entities met in most articles, until the reader chooses. */
function defaultChosen(views: readonly EntityView[]): string[] {
  return [...views].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions).slice(0, 3).map((v) => v.id);
}

function TimelineSection({ views, all, chosen, onChoose }: { views: EntityView[]; all?: { articles: Article[]; mentions: Mention[] }; chosen?: string[]; onChoose: (ids: string[]) => void }) {
  const { t } = useI18n();
  const ids = chosen ?? defaultChosen(views);
  const names = useMemo(() => ids.map((id) => views.find((v) => v.id === id)?.name ?? id), [ids, views]);
  const series = useMemo(() => {
    if (!all) return { days: [], values: [] };
    const times = new Map(all.articles.map((a) => [a.id, articleTime(a)]));
    const points = all.mentions.map((m) => ({ entityId: m.entityId, time: times.get(m.articleId) ?? NaN, count: m.count }));
    return mentionSeries(points, ids);
  }, [all, ids.join('|')]);
  return (
    <section id="timeline" class="card-section" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('dash_timeline')}</h2>
      <ul class="legend" aria-label={t('dash_timeline_pick')}>
        {ids.map((id, i) => (
          <li key={id}>
            <span class="swatch" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} aria-hidden="true" />
            {names[i]}
            <button type="button" class="link remove" aria-label={`${names[i]} ×`} onClick={() => onChoose(ids.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <MentionChart series={series} names={names} />
    </section>
  );
}

function NetworkView({ mentions, lang, selected, onOpen }: { mentions: Mention[]; lang: UiLang; selected?: string; onOpen: (id: string) => void }) {
  const network = useMemo(() => actorNetwork(mentions, (id) => getEntity(id)?.type), [mentions]);
  return <ActorNetwork network={network} nameOf={(id) => entityName(id, lang)} onOpen={onOpen} selected={selected} />;
}

function EntityPane({ db, id, lang, onOpen }: { db: LagebildDB; id: string; lang: UiLang; onOpen: (id: string) => void }) {
  const detail = useEntityDetail(db, id, lang);
  return <EntityDetail {...detail} onOpenEntity={onOpen} />;
}

type EntityColumn = EntitySort | 'type' | 'chart';

/** Rows drawn at first in the tables; the rest on request, so a long history opens quickly. */
const TABLE_PAGE = 200;

function EntityTable({ views, own, chosen, onChoose, onOpen }: { views: EntityView[]; own: Parameters<typeof queryEntities>[3]; chosen: string[]; onChoose: (ids: string[]) => void; onOpen: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState<EntityQuery>({ sort: 'articles' });
  const [limit, setLimit] = useState(TABLE_PAGE);
  const rows = useMemo(() => queryEntities(views, query, lang, own), [views, query, lang, own]);
  const sort = query.sort ?? 'articles';
  const direction = query.direction ?? defaultDirection(sort);
  return (
    <section id="entities" class="card-section" aria-labelledby="entities-h">
      <h2 id="entities-h">{t('dash_entities')}</h2>
      <EntityFilters query={query} onChange={setQuery} showSort={false} />
      <p class="summary" role="status">
        {rows.length === views.length ? plural(t, 'entities', views.length) : t('shown_of', rows.length, views.length)}
      </p>
      <SortableTable<EntityView, EntityColumn>
        caption={t('dash_entities')}
        rows={rows.slice(0, limit)}
        rowKey={(row) => row.id}
        sort={sort}
        direction={direction}
        onSort={(key) => {
          if (key === 'type' || key === 'chart') return;
          setQuery({ ...query, sort: key, direction: key === sort ? (direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key) });
        }}
        columns={[
          {
            key: 'name',
            label: t('col_name'),
            cell: (row) => (
              <button type="button" class="link entity-link" data-entity={row.id} onClick={() => onOpen(row.id)}>
                {row.name}
              </button>
            ),
          },
          { key: 'type', label: t('col_type'), sortable: false, cell: (row) => <TypeBadge type={row.type} /> },
          { key: 'articles', label: t('col_articles'), numeric: true, cell: (row) => row.articles },
          { key: 'mentions', label: t('col_mentions'), numeric: true, cell: (row) => row.mentions },
          { key: 'lastSeen', label: t('col_lastSeen'), cell: (row) => formatDate(row.lastSeen, lang) },
          {
            key: 'chart',
            label: t('dash_timeline'),
            sortable: false,
            cell: (row) => (
              <input
                type="checkbox"
                aria-label={`${t('dash_timeline_pick')}: ${row.name}`}
                checked={chosen.includes(row.id)}
                onChange={(event) => onChoose((event.currentTarget as HTMLInputElement).checked ? [...chosen, row.id] : chosen.filter((id) => id !== row.id))}
              />
            ),
          },
        ]}
      />
      {rows.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(rows.length)}>
          {t('show_more', rows.length - limit)}
        </button>
      )}
    </section>
  );
}

type ArticleColumn = 'title' | 'site' | 'time' | 'entities' | 'mentions';

function ArticleTable({ articles }: { articles: ArticleView[] }) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<{ key: ArticleColumn; direction: 'asc' | 'desc' }>({ key: 'time', direction: 'desc' });
  const rows = useMemo(() => sortRows(articles, (a) => a[sort.key], sort.direction, lang), [articles, sort, lang]);
  const [limit, setLimit] = useState(TABLE_PAGE);
  return (
    <section id="articles" class="card-section" aria-labelledby="articles-h">
      <h2 id="articles-h">{t('dash_articles')}</h2>
      <SortableTable<ArticleView, ArticleColumn>
        caption={t('dash_articles')}
        rows={rows.slice(0, limit)}
        rowKey={(row) => row.id}
        sort={sort.key}
        direction={sort.direction}
        onSort={(key) =>
          setSort((before) => ({ key, direction: before.key === key ? (before.direction === 'asc' ? 'desc' : 'asc') : key === 'title' || key === 'site' ? 'asc' : 'desc' }))
        }
        columns={[
          {
            key: 'title',
            label: t('col_title'),
            cell: (row) => {
              const href = safeHref(row.url);
              return href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {row.title}
                </a>
              ) : (
                row.title
              );
            },
          },
          { key: 'site', label: t('col_site'), cell: (row) => row.site },
          { key: 'time', label: t('col_date'), cell: (row) => formatDate(row.time, lang) },
          { key: 'entities', label: t('col_entities'), numeric: true, cell: (row) => row.entities },
          { key: 'mentions', label: t('col_mentions'), numeric: true, cell: (row) => row.mentions },
        ]}
      />
      {rows.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(rows.length)}>
          {t('show_more', rows.length - limit)}
        </button>
      )}
    </section>
  );
}

function NotesSection({ db, lang, onOpen }: { db: LagebildDB; lang: UiLang; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const notes = useLive(() => loadNotes(db, search, lang), [db, search, lang]);
  const actions = useMemo(() => noteActions(db), [db]);
  return (
    <section id="notes" class="card-section" aria-labelledby="notes-h">
      <h2 id="notes-h">{t('dash_notes')}</h2>
      <NotesPanel search={search} onSearch={setSearch} notes={notes} {...actions} onOpenEntity={onOpen} />
    </section>
  );
}

/** Export and import (issue #7, lib/export/): the same panels as the popup's, with room. */
function ExportSection({ db, lang, heading }: { db: LagebildDB; lang: UiLang; heading: string }) {
  const { exportProps, importProps } = useExportImport(db, lang);
  return (
    <section class="export-import" aria-label={heading}>
      <h2>{heading}</h2>
      <ExportPanel {...exportProps} />
      <ImportPanel {...importProps} />
    </section>
  );
}
