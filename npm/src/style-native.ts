// Plumbing the stylometry files share: the names (words, n-grams, punctuation) a call returns
// as UTF-8 with their ends. (Texts for a batch call are placed by placeLists, place.ts.)

import type { Instance } from './instance.js';

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
