// The knowledge base as the extension build ships it: one JSON string of rows, a field per column
// and a link as "rel>to", instead of objects that repeat every key ten thousand times. Firefox's
// add-on linter parses no script over 5 MB, and the base alone had grown past it.
import { fewestFiles, utf8Bytes } from '../file-parts';
import type { Entity, Link } from './types';

/** Every field of an Entity, in the order of a row; a new field must be added here (the round-trip test says so). */
const FIELDS = [
  'id', 'type', 'subtype', 'names', 'aliases', 'description', 'links', 'acronyms', 'shortForms', 'guarded', 'cues', 'cueScope', 'adjectives', 'highlight', 'roles',
] as const satisfies ReadonlyArray<keyof Entity>;

/** The base as the build embeds it. An absent field is 0; trailing absent fields are left out. */
export function packEntities(entities: readonly Entity[]): string {
  return JSON.stringify(
    entities.map((entity) => {
      const row: unknown[] = FIELDS.map((field) => (field === 'links' ? entity.links?.map((link) => `${link.rel}>${link.to}`) : entity[field]) ?? 0);
      while (row.length && row[row.length - 1] === 0) row.pop();
      return row;
    }),
  );
}

/**
 * The base as packEntities() strings of at most `maxBytes` bytes of UTF-8 each, in order: Firefox's
 * add-on linter parses no file over 5 MB, a JSON file included, and the base has grown past it.
 */
export function packShards(entities: readonly Entity[], maxBytes: number): string[] {
  return fewestFiles(utf8Bytes(packEntities(entities)), maxBytes, (count) => {
    const size = Math.ceil(entities.length / count);
    const shards: string[] = [];
    for (let from = 0; from < entities.length; from += size) shards.push(packEntities(entities.slice(from, from + size)));
    return shards;
  });
}

/** The entities of packEntities()'s string, each with exactly the fields it had. */
export function unpackEntities(json: string): Entity[] {
  return (JSON.parse(json) as unknown[][]).map((row) => {
    const entity: Record<string, unknown> = {};
    row.forEach((value, i) => {
      if (value === 0) return;
      const field = FIELDS[i]!;
      entity[field] = field === 'links' ? (value as string[]).map(toLink) : value;
    });
    return entity as unknown as Entity;
  });
}

function toLink(packed: string): Link {
  const at = packed.indexOf('>');
  return { rel: packed.slice(0, at) as Link['rel'], to: packed.slice(at + 1) };
}
