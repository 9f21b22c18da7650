// Wiring only: open the memory, answer the content script, ask the browser to keep our data.
import { cardFacts } from '@/lib/card-facts';
import { loadKnowledgeBase } from '@/lib/kb/load';
import { registerHandlers, type NoticeEnvelope } from '@/lib/messages';
import { openEntity } from '@/lib/open-entity';
import { getSettings } from '@/lib/settings';
import { createStoreHandlers } from '@/lib/store/handlers';
import { purgeDeletedNotes } from '@/lib/store/notes';
import { LagebildDB } from '@/lib/store/schema';

const DELETED_NOTES_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

export default defineBackground(() => {
  // Dexie opens on first use; handlers are registered at once so that no early message is lost.
  const db = new LagebildDB();
  registerHandlers({ ...createStoreHandlers(db, () => getSettings(), { onStorageProblem: showStorageProblem }), 'entity/open': openEntity, 'entity/card': cardFacts });
  // The first hover card should not wait for the base: read it now (a failure is retried by the card).
  void loadKnowledgeBase().catch(() => {});
  // Without this the browser may evict the memory under storage pressure. (Not exposed in a
  // service worker: there Chrome's unlimitedStorage permission keeps the data instead.)
  void navigator.storage?.persist?.().catch(() => false);
  // Deleted notes stay restorable for a month, then go for good.
  void purgeDeletedNotes(db, Date.now() - DELETED_NOTES_KEPT_MS);

  // The keyboard command reaches only the background: pass it on to the active tab's content script.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a browser page) has no receiver; nothing to toggle there.
    const notice: NoticeEnvelope<'page/toggle-highlights'> = { lagebild: 1, type: 'page/toggle-highlights', payload: {} };
    await browser.tabs.sendMessage(tab.id, notice).catch(() => {});
  });
});

/** A full disk shows on the toolbar button (badge and tooltip) until a write succeeds again. */
function showStorageProblem(problem: { message: string } | null): void {
  // MV3 has `action`, Firefox's MV2 build `browserAction`.
  const button = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  void button.setBadgeText({ text: problem ? '!' : '' }).catch(() => {});
  void button.setTitle({ title: problem ? problem.message : browser.i18n.getMessage('extName') }).catch(() => {});
}
