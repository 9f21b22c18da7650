// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same entity id or article URL gives the same
// id in every export, so tools that load our files twice update objects instead of doubling them.

/** Lagebild's namespace for version 5 UUIDs (itself a random version 4 UUID, fixed forever). */
export const LAGEBILD_NAMESPACE = '5b7a3f0e-8d1c-4e2a-9b6f-2c4d8e1a7f30';

export async function uuidv5(name: string, namespace: string = LAGEBILD_NAMESPACE): Promise<string> {
  const ns = hexToBytes(namespace.replace(/-/g, ''));
  const data = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + data.length);
  input.set(ns);
  input.set(data, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hexToBytes(hex: string): Uint8Array {
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a UUID: ${hex}`);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
