// The automaton the extension build compiled from the base and packed (wxt.config.ts). It reaches a
// page as content scripts of their own, run before the main one: each holds a part of the packed
// JSON, so that no script grows past the 5 MB that Firefox's add-on linter parses. Imports no
// knowledge base, so that a page can use it without shipping the base.
import { fewestFiles, utf8Bytes } from '../file-parts';
import type { PackedAutomaton } from './tables';

/**
 * Where the parts wait: a global of the extension's own content-script world, which the page can
 * neither see nor set.
 */
export const AUTOMATON_GLOBAL = '__lagebildAutomaton';

declare const __LAGEBILD_AUTOMATON__: number | string | undefined;

/**
 * The packed automaton, read once from the parts the build's scripts left, which are then let go
 * (in WXT's dev mode, from the bundle itself); undefined where the bundle was built without one
 * (tests, the command line).
 */
export function prebuiltAutomaton(): PackedAutomaton | undefined {
  if (typeof __LAGEBILD_AUTOMATON__ === 'string') return JSON.parse(__LAGEBILD_AUTOMATON__) as PackedAutomaton;
  if (typeof __LAGEBILD_AUTOMATON__ !== 'number') return undefined;
  const scope = globalThis as Record<string, unknown>;
  const parts = scope[AUTOMATON_GLOBAL];
  delete scope[AUTOMATON_GLOBAL];
  return joinParts(parts, __LAGEBILD_AUTOMATON__);
}

/** The automaton from its parts, or a message that says which are missing. */
export function joinParts(parts: unknown, expected: number): PackedAutomaton {
  const present = Array.isArray(parts) ? parts.filter((part) => typeof part === 'string').length : 0;
  if (!Array.isArray(parts) || present !== expected || parts.length !== expected) {
    throw new Error(`Lagebild found ${present} of the ${expected} parts of its automaton on this page. Reloading the page, or else reinstalling the extension, restores them.`);
  }
  return JSON.parse(parts.join('')) as PackedAutomaton;
}

/**
 * The packed automaton's JSON as the sources of content scripts of at most `maxBytes` each (UTF-8),
 * in the order the manifest must list them. Each stores its part under its own index.
 */
export function automatonScripts(json: string, maxBytes: number): string[] {
  const script = (part: string, i: number) => `(globalThis.${AUTOMATON_GLOBAL} ??= [])[${i}] = ${JSON.stringify(part)};\n`;
  return fewestFiles(utf8Bytes(json), maxBytes, (count) => {
    const size = Math.ceil(json.length / count);
    return Array.from({ length: count }, (_, i) => script(json.slice(i * size, (i + 1) * size), i));
  });
}
