// Plumbing the stylometry files share: texts placed back to back for a batch call, and the
// names (words, n-grams, punctuation) a call returns as UTF-8 with their ends.

import { instance, type Instance } from './instance.js';

const decoder = new TextDecoder();

/** The names a call returned: UTF-8 back to back in bytes, their ends in spans. */
export function resultNames(inst: Instance): string[] {
  const bytes = inst.resultBytes();
  const ends = inst.resultSpans();
  const names: string[] = [];
  let at = 0;
  for (const end of ends) {
    names.push(decoder.decode(bytes.subarray(at, end)));
    at = end;
  }
  return names;
}

/** Places texts back to back with their ends (and `extra` more uint32 slots) after them. */
export function placeList(fn: string, texts: readonly (string | Uint8Array)[], extra: number) {
  const inst = instance(fn);
  return { inst, ...inst.placeList(fn, texts, extra) };
}
