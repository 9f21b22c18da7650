// The matcher as a page runs it: the automaton compiled at extension build time (wxt.config.ts),
// parsed on first use. Imports lib/match's Matcher alone, never lib/match/index.ts, whose
// compile-from-sources path would ship the whole knowledge base into every page.
import { Matcher, type Mention } from '../match/matcher';
import { prebuiltAutomaton } from '../match/prebuilt';

let shared: Matcher | undefined;

/** Every mention of a known entity in the text, as lib/match's `annotate` finds them. */
export function annotate(text: string): Mention[] {
  if (!shared) {
    const automaton = prebuiltAutomaton();
    if (!automaton) throw new Error('Lagebild was built without its automaton (wxt.config.ts).');
    shared = new Matcher(automaton);
  }
  return shared.annotate(text);
}
