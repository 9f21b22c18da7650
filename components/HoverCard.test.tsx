// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardEntity } from '../lib/page/card-model';
import { HoverCard, type HoverCardProps } from './HoverCard';

const entity: CardEntity = {
  id: 'sergei-shoigu',
  type: 'person',
  name: 'Sergej Schoigu',
  typeLabel: 'Person',
  subtypeLabel: 'Funktionär/in',
  description: 'Sekretär des Sicherheitsrats.',
  roles: [{ title: 'Sekretär des Sicherheitsrats', of: 'Sicherheitsrat', period: 'seit Mai 2024' }],
  otherNames: [{ lang: 'en', name: 'Sergei Shoigu' }, { lang: 'ru', name: 'Сергей Шойгу' }],
};

let root: HTMLElement;

function show(props: Partial<HoverCardProps> = {}): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <HoverCard entity={entity} lang="de" history={{ state: 'missing' }} note={{ state: 'missing' }} onClose={() => {}} {...props} />,
      root,
    );
  });
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('HoverCard', () => {
  it('shows name, type, roles and the other names', () => {
    const card = show();
    expect(card.querySelector('.name')!.textContent).toBe('Sergej Schoigu');
    expect(card.querySelector('.kind')!.textContent).toBe('Person · Funktionär/in');
    expect(card.querySelector('.roles li')!.textContent).toBe('Sekretär des Sicherheitsrats, Sicherheitsrat · seit Mai 2024');
    expect(card.querySelector('.names')!.textContent).toContain('Сергей Шойгу');
  });

  it('says honestly when nothing is recorded yet, and when it is still loading', () => {
    expect(show().querySelector('.history')!.textContent).toContain('Noch nicht erfasst.');
    render(null, root);
    expect(show({ history: { state: 'loading' } }).querySelector('.history')!.textContent).toContain('Wird geladen');
  });

  it('lists at most three recent articles and follows only web links', () => {
    const recent = [
      { title: 'Eins', site: 'a.de', url: 'https://a.de/1', date: '2024-09-18' },
      { title: 'Zwei', site: 'b.de', url: 'javascript:alert(1)' },
      { title: 'Drei', site: 'c.de', url: 'https://c.de/3' },
      { title: 'Vier', site: 'd.de', url: 'https://d.de/4' },
    ];
    const card = show({ history: { state: 'ready', value: { otherArticles: 4, recent } } });
    expect(card.querySelector('.count')!.textContent).toBe('In 4 anderen Artikeln gesehen:');
    expect([...card.querySelectorAll('.recent li')].length).toBe(3);
    const hrefs = [...card.querySelectorAll('.recent a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://a.de/1', 'https://c.de/3']);
  });

  it('renders page and note text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const card = show({ entity: { ...entity, description: hostile }, note: { state: 'ready', value: { id: 'n1', text: hostile } } });
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.description')!.textContent).toBe(hostile);
    expect((card.querySelector('textarea') as HTMLTextAreaElement).value).toBe(hostile);
  });

  it('saves an edited note and reports the outcome', async () => {
    const onSaveNote = vi.fn(async () => ({ ok: true, message: 'Notiz gespeichert.' }));
    const card = show({ onSaveNote });
    const textarea = card.querySelector('textarea') as HTMLTextAreaElement;
    await act(() => {
      textarea.value = 'Wichtig';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (card.querySelector('button.save') as HTMLButtonElement).click();
    });
    expect(onSaveNote).toHaveBeenCalledWith('Wichtig');
    expect(card.querySelector('.status')!.textContent).toBe('Notiz gespeichert.');
  });

  it('shows the note read-only when notes cannot be saved', () => {
    const card = show();
    expect((card.querySelector('textarea') as HTMLTextAreaElement).readOnly).toBe(true);
  });

  it('closes on Escape and on the close button', () => {
    const onClose = vi.fn();
    const card = show({ onClose });
    card.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    (card.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
