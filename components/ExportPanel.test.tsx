// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../lib/export/index';
import type { Scope } from '../lib/export/scope';
import { I18nContext } from '../lib/ui/i18n';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<ExportPanelProps> = {}, lang: 'de' | 'en' = 'en'): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const all: ExportPanelProps = {
    formats: EXPORT_FORMATS, scope: { kind: 'all' }, onScopeChange: () => {}, onExport: () => {},
    entities: [{ id: 'iran', name: 'Iran' }, { id: 'sergei-shoigu', name: 'Sergei Shoigu' }], ...props,
  };
  act(() => render(<I18nContext.Provider value={{ t: (k) => k, lang }}><ExportPanel {...all} /></I18nContext.Provider>, root));
  return root;
}

const click = (el: Element | null) => act(() => (el as HTMLElement).click());

describe('ExportPanel', () => {
  it('offers every format and says which one the reader chose', () => {
    const onExport = vi.fn();
    const panel = show({ onExport });
    expect([...panel.querySelectorAll('.export-formats button')].map((b) => b.firstChild?.textContent)).toEqual(['Markdown report', 'CSV', 'JSON backup', 'Web Annotation', 'STIX 2.1']);
    click(panel.querySelector('button[data-format="stix"]'));
    expect(onExport).toHaveBeenCalledWith('stix');
  });

  it('narrows to one entity or a date range', () => {
    const onScopeChange = vi.fn<(s: Scope) => void>();
    let panel = show({ onScopeChange });
    click(panel.querySelector('input[value="entity"]'));
    expect(onScopeChange).toHaveBeenLastCalledWith({ kind: 'entity', entityId: 'iran' });
    render(null, root);
    root.remove();

    panel = show({ onScopeChange, scope: { kind: 'entity', entityId: 'sergei-shoigu' } });
    const select = panel.querySelector('select[name="export-entity"]') as HTMLSelectElement;
    expect(select.value).toBe('sergei-shoigu');
    act(() => {
      select.value = 'iran';
      select.dispatchEvent(new Event('change'));
    });
    expect(onScopeChange).toHaveBeenLastCalledWith({ kind: 'entity', entityId: 'iran' });
    render(null, root);
    root.remove();

    panel = show({ onScopeChange, scope: { kind: 'range', from: '2024-09-01' } });
    const to = panel.querySelector('input[name="export-to"]') as HTMLInputElement;
    act(() => {
      to.value = '2024-09-30';
      to.dispatchEvent(new Event('change'));
    });
    expect(onScopeChange).toHaveBeenLastCalledWith({ kind: 'range', from: '2024-09-01', to: '2024-09-30' });
    expect(panel.querySelector('button[data-format="json-backup"] small')?.textContent).toBe('importable, always everything');
  });

  it('shows the result, errors as alerts, and holds the buttons while busy; in German too', () => {
    let panel = show({ busy: true, message: { kind: 'error', text: 'Lagebild could not save x.md' } });
    expect(panel.querySelector('[role="alert"]')?.textContent).toBe('Lagebild could not save x.md');
    expect([...panel.querySelectorAll('.export-formats button')].every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    render(null, root);
    root.remove();
    panel = show({ message: { kind: 'ok', text: 'Gespeichert: lagebild-notes-2026-01-05.md' } }, 'de');
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Gespeichert: lagebild-notes-2026-01-05.md');
    expect(panel.querySelector('button[data-format="markdown"]')?.firstChild?.textContent).toBe('Markdown-Bericht');
  });
});
