import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { err, ok, registerHandlers, sendToBackground, type Handlers, type Sender } from './messages';

type Listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => unknown;

/**
 * The runtime as Chrome behaves: a listener answers through sendResponse, and only if it returned
 * true; a returned promise is ignored. Nobody answering is an error on the sender's side.
 */
function chromeLikeRuntime() {
  const listeners: Listener[] = [];
  return {
    onMessage: {
      addListener: (l: Listener) => void listeners.push(l),
      removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    },
    sendMessage(message: unknown, sender: Sender = {}) {
      return new Promise((resolve, reject) => {
        let waiting = false;
        for (const l of listeners) if (l(message, sender, resolve) === true) waiting = true;
        if (!waiting) reject(new Error('Could not establish connection. Receiving end does not exist.'));
      });
    },
  };
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => err('internal', 'not used here');
  return {
    'article/seen': async () => ok({ recorded: true, articleId: 1, created: true }),
    'entity/stats': async ({ entityId }) => ok({ articles: entityId.length, notes: 0, recent: [] }),
    'entity/notes': unused,
    'note/create': unused,
    'note/update': unused,
    'note/delete': unused,
    'note/restore': unused,
    ...overrides,
  } as Handlers;
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function connect(h: Handlers) {
  const runtime = chromeLikeRuntime();
  const unregister = registerHandlers(h, runtime as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: unknown) => runtime.sendMessage(m, { tab: { incognito: false } as never })) as never);
  return { runtime, unregister };
}

describe('content script ↔ background', () => {
  it('a request reaches its handler and the answer comes back as a Result', async () => {
    const seenBy = vi.fn(async () => ok({ articles: 3, lastSeen: 5, notes: 1, recent: [] }));
    connect(handlers({ 'entity/stats': seenBy }));
    expect(await sendToBackground('entity/stats', { entityId: 'iran' })).toEqual({ ok: true, value: { articles: 3, lastSeen: 5, notes: 1, recent: [] } });
    expect(seenBy).toHaveBeenCalledWith({ entityId: 'iran' }, { tab: { incognito: false } });
  });

  it('an error value from a handler arrives unchanged', async () => {
    connect(handlers({ 'article/seen': async () => err('quota', 'Disk full.') }));
    expect(await sendToBackground('article/seen', { meta: { url: 'https://a.example/', title: '', site: '', lang: '' }, mentions: [] })).toEqual({
      ok: false,
      error: { code: 'quota', message: 'Disk full.' },
    });
  });

  it('a handler that throws answers an internal error instead of leaving the sender waiting', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    connect(handlers({ 'entity/stats': async () => { throw new Error('boom'); } }));
    expect(await sendToBackground('entity/stats', { entityId: 'iran' })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Lagebild could not handle entity/stats: boom' },
    });
  });

  it('an unknown request type is an error value', async () => {
    const { runtime } = connect(handlers());
    expect(await runtime.sendMessage({ lagebild: 1, type: 'nope', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('leaves messages that are not ours to other listeners', async () => {
    const { runtime } = connect(handlers());
    await expect(runtime.sendMessage({ type: 'entity/stats', payload: { entityId: 'x' } })).rejects.toThrow(/Receiving end/);
  });

  it('no background (extension reloaded) is an unreachable error, never a throw', async () => {
    const { unregister } = connect(handlers());
    unregister();
    const answer = await sendToBackground('entity/stats', { entityId: 'iran' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(answer.ok || answer.error.message).toMatch(/Reload the page/);
  });
});
