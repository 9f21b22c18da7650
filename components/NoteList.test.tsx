// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteList, type NoteView } from './NoteList';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const NOTE: NoteView = {
  id: 'n1',
  text: '<img src=x onerror=alert(1)> Traf Laridschani',
  created: Date.UTC(2024, 8, 18),
  updated: Date.UTC(2024, 8, 18),
  quote: 'Schoigu stattete dem Iran einen Besuch ab.',
  article: { title: 'Shoigu im Iran', url: 'javascript:alert(1)', site: 'Der Morgenkurier' },
  entity: { id: 'sergei-shoigu', name: 'Sergei Shoigu' },
};

const flush = () => act(async () => {});

describe('NoteList', () => {
  it('shows note, quote, article and entity as text, and never follows a javascript: link', () => {
    act(() => render(<NoteList notes={[NOTE]} onUpdate={vi.fn()} onDelete={vi.fn()} onRestore={vi.fn()} />, root));
    expect(root.querySelector('.note-text')!.textContent).toBe(NOTE.text);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.quote')!.textContent).toBe(NOTE.quote);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Shoigu im Iran');
    expect(root.textContent).toContain('Sergei Shoigu');
  });

  it('deletes with undo, and the undo bar stays when the list is empty', async () => {
    const onDelete = vi.fn(async () => ({ ok: true }));
    const onRestore = vi.fn(async () => ({ ok: true }));
    const view = (notes: NoteView[]) => render(<NoteList notes={notes} empty={<p class="none">none</p>} onUpdate={vi.fn()} onDelete={onDelete} onRestore={onRestore} />, root);
    act(() => view([NOTE]));
    act(() => root.querySelector<HTMLButtonElement>('.actions .danger')!.click());
    await flush();
    expect(onDelete).toHaveBeenCalledWith('n1');
    act(() => view([])); // the live query no longer has it
    expect(root.querySelector('.none')).not.toBeNull();
    expect(root.querySelector('.undo')!.textContent).toContain('Note deleted.');
    act(() => root.querySelector<HTMLButtonElement>('.undo button')!.click());
    await flush();
    expect(onRestore).toHaveBeenCalledWith('n1');
    expect(root.querySelector('.undo')).toBeNull();
  });

  it('edits in place and says a failed save in words', async () => {
    const onUpdate = vi.fn(async () => ({ ok: false, message: 'The disk is full.' }));
    act(() => render(<NoteList notes={[NOTE]} onUpdate={onUpdate} onDelete={vi.fn()} onRestore={vi.fn()} />, root));
    act(() => root.querySelector<HTMLButtonElement>('.actions button:not(.danger)')!.click());
    const field = root.querySelector('textarea')!;
    expect(field.value).toBe(NOTE.text);
    act(() => {
      field.value = 'Neuer Text';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector<HTMLFormElement>("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    await flush();
    await flush();
    expect(onUpdate).toHaveBeenCalledWith('n1', 'Neuer Text');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The disk is full.');
  });
});
