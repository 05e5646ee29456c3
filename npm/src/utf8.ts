// UTF-8 facts about JavaScript strings, as TextEncoder encodes them (a lone surrogate becomes
// U+FFFD), for placing strings back to back in wasm memory without encoding each one apart.

/** Bytes TextEncoder writes for `s`: a lone surrogate counts as U+FFFD (3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ++i) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      ++i;
    } else n += 3; // BMP, or a lone surrogate (encoded as U+FFFD)
  }
  return n;
}

/**
 * True when a lone high surrogate ends one string and a lone low one starts the next: joined,
 * the two become one valid pair (4 bytes, not 3 + 3), so the joined bytes would not split at
 * the strings' ends. `restartEvery` strings are encoded apart (no pairing across that boundary).
 */
export function joinsSurrogates(list: readonly string[], restartEvery = Infinity): boolean {
  let high = false;
  for (let i = 0; i < list.length; ++i) {
    if (i % restartEvery === 0) high = false;
    const s = list[i];
    if (s.length === 0) continue;
    if (high && (s.charCodeAt(0) & 0xfc00) === 0xdc00) return true;
    high = (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800;
  }
  return false;
}
