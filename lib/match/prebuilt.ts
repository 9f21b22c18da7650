// The automaton the extension build compiled from the base (wxt.config.ts defines it), if this
// bundle has one. Imports no knowledge base, so that a page can use it without shipping the base.
import type { Automaton } from './automaton';

declare const __LAGEBILD_AUTOMATON__: string | undefined;

export function prebuiltAutomaton(): Automaton | undefined {
  return typeof __LAGEBILD_AUTOMATON__ === 'string' ? (JSON.parse(__LAGEBILD_AUTOMATON__) as Automaton) : undefined;
}
