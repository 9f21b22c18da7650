// Test double for the CSS Custom Highlight API, which happy-dom lacks; used by unit tests only.
// Installs `Highlight` and `CSS.highlights` on globalThis and returns the registry to inspect.

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export function installFakeHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const scope = globalThis as unknown as { Highlight: unknown; CSS: { highlights?: unknown } };
  scope.Highlight = FakeHighlight;
  scope.CSS = Object.assign(scope.CSS ?? {}, { highlights: registry });
  return registry;
}
