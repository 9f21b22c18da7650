// Wiring only: open the memory, answer the content script, ask the browser to keep our data.
import { registerHandlers } from '@/lib/messages';
import { getSettings } from '@/lib/settings';
import { createStoreHandlers } from '@/lib/store/handlers';
import { LagebildDB } from '@/lib/store/schema';

export default defineBackground(() => {
  // Dexie opens on first use; handlers are registered at once so that no early message is lost.
  const db = new LagebildDB();
  registerHandlers(createStoreHandlers(db, () => getSettings()));
  // Without this the browser may evict the memory under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
});
