// The automaton the extension build compiled from the base and packed (wxt.config.ts defines it), if
// this bundle has one. Imports no knowledge base, so that a page can use it without shipping the base.
import type { PackedAutomaton } from './tables';

declare const __LAGEBILD_AUTOMATON__: string | undefined;

export function prebuiltAutomaton(): PackedAutomaton | undefined {
  return typeof __LAGEBILD_AUTOMATON__ === 'string' ? (JSON.parse(__LAGEBILD_AUTOMATON__) as PackedAutomaton) : undefined;
}
