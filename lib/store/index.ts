// The memory's public face for extension pages (popup, dashboard, options): open the database and
// ask it. Every query takes the db, so a page can wrap it in Dexie's liveQuery and stay live:
//   const rows = useLiveQuery(() => entityOverview(db, { type: 'person' }), [db]);
// Writes answer Result values. Content scripts never import this: they go through lib/messages.ts.
export { openStore, LagebildDB, DB_NAME, CURRENT_VERSION } from './schema';
export type { Article, Mention, Note, OwnEntity, TextQuote } from './schema';
export { recordVisit, getArticleByUrl, recentArticles, articleDetail } from './articles';
export type { ArticleDetail, VisitOutcome } from './articles';
export { entityOverview, entityTimeline, coOccurring, entityStats, matchingIds, articleTime } from './entities';
export type { EntityRow, EntityFilter, TimelineEntry, CoOccurrence } from './entities';
export { createNote, updateNote, revertNote, deleteNote, restoreNote, purgeDeletedNotes, listNotes, notesForEntity } from './notes';
export type { NoteInput } from './notes';
export { QUOTA_MESSAGE, isQuotaError } from './errors';
