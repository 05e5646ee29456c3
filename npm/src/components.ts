// Connected components of linked items, computed by the core's union-find (the one behind
// LshIndex clusters): one crossing for the whole edge list.

import { instance } from './instance.js';

/**
 * Components of two or more of the items 0..count-1 linked by `pairs` (flat [a, b, a, b, …]),
 * each sorted, ordered by their first item.
 */
export function connectedComponents(fn: string, count: number, pairs: Uint32Array): number[][] {
  const inst = instance(fn);
  const { placed } = inst.place(fn, [new Uint8Array(pairs.buffer, pairs.byteOffset, pairs.byteLength)]);
  inst.check(fn, (m) => m.connected_components(count, placed[0].offset, pairs.length / 2));
  const flat = inst.resultU32();
  const out: number[][] = [];
  for (let i = 0; i < flat.length; ) {
    const n = flat[i++];
    out.push(Array.from(flat.subarray(i, i + n)));
    i += n;
  }
  return out;
}
