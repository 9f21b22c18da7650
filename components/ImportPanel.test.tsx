// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from './ImportPanel';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<Parameters<typeof ImportPanel>[0]> = {}): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ImportPanel onImport={() => {}} {...props} />, root));
  return root;
}

function chooseFile(panel: HTMLElement, file: File) {
  const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => void input.dispatchEvent(new Event('change')));
}

describe('ImportPanel', () => {
  it('imports the chosen file, merging unless the reader chooses to replace', () => {
    const onImport = vi.fn();
    const panel = show({ onImport });
    const run = panel.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(run.disabled).toBe(true); // no file yet
    const file = new File(['{}'], 'lagebild-backup-2026-01-05.json', { type: 'application/json' });
    chooseFile(panel, file);
    expect(run.disabled).toBe(false);
    expect(run.textContent).toBe('Import');
    act(() => run.click());
    expect(onImport).toHaveBeenLastCalledWith(file, 'merge');

    act(() => (panel.querySelector('input[value="replace"]') as HTMLInputElement).click());
    expect(run.textContent).toBe('Replace everything with this file');
    act(() => run.click());
    expect(onImport).toHaveBeenLastCalledWith(file, 'replace');
  });

  it('shows what is wrong as an alert, and holds the button while busy', () => {
    const panel = show({ busy: true, message: { kind: 'error', text: 'notes[3].created: expected a number, got "gestern". Nothing was imported.' } });
    chooseFile(panel, new File(['{}'], 'x.json'));
    expect((panel.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('notes[3].created: expected a number');
  });
});
