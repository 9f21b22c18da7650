// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThisPage, type ThisPageState } from './ThisPage';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (page: ThisPageState, onReveal = vi.fn()) => {
  act(() => render(<ThisPage page={page} onReveal={onReveal} />, root));
  return onReveal;
};

describe('ThisPage (English by default)', () => {
  it('groups the page’s entities by type, most mentioned first, with counts', () => {
    const onReveal = show({
      state: 'ready',
      entities: [
        { id: 'iran', name: 'Iran', type: 'state', count: 8 },
        { id: 'shahed-136', name: 'Shahed-136', type: 'weapon', count: 1 },
        { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person', count: 1 },
        { id: 'sergei-shoigu', name: 'Sergei Shoigu', type: 'person', count: 5 },
      ],
    });
    const groups = [...root.querySelectorAll('.group')].map((g) => ({
      heading: g.querySelector('h2')!.textContent,
      rows: [...g.querySelectorAll('button')].map((b) => b.textContent),
    }));
    expect(groups).toEqual([
      { heading: 'People 2', rows: ['Sergei Shoigu5×', 'Kim Jong Un1×'] },
      { heading: 'States 1', rows: ['Iran8×'] },
      { heading: 'Weapons systems 1', rows: ['Shahed-1361×'] },
    ]);
    expect(root.querySelector('.summary')!.textContent).toBe('4 entities with 15 mentions on this page');
    const shoigu = root.querySelector<HTMLButtonElement>('button[data-entity="sergei-shoigu"]')!;
    expect(shoigu.getAttribute('aria-label')).toBe('Sergei Shoigu, 5 mentions: show on the page');
    act(() => shoigu.click());
    expect(onReveal).toHaveBeenCalledWith('sergei-shoigu');
  });

  it.each([
    [{ state: 'ready', entities: [] } as ThisPageState, 'Open a news article'],
    [{ state: 'unreachable' } as ThisPageState, 'Lagebild does not run on this page'],
    [{ state: 'loading' } as ThisPageState, 'Loading'],
    [{ state: 'error', message: 'Boom.' } as ThisPageState, 'Something went wrong: Boom.'],
  ])('says in words what is going on: %j', (page, words) => {
    show(page);
    expect(root.textContent).toContain(words);
  });
});
