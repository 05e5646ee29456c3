// Placing lists of texts for one batch call: each list's items back to back, then every list's
// ends (uint32, relative to the list's start), then any extra uint32 slots — the layout the
// batch entry points read (bindings/batch.h). One boundary crossing for whole lists.

import { instance } from './instance.js';
import { joinsSurrogates, utf8Length } from './utf8.js';

const encoder = new TextEncoder();
/** Longer strings are encoded apart, up front (3 bytes reserved per unit would waste memory). */
const HUGE_STRING = 4 << 20;
/** Strings per joined piece: big enough to make encodes few, small enough for the young heap. */
const JOIN_CHUNK = 1024;

/**
 * How items are written: 'utf8' strings as UTF-8 (a lone surrogate as U+FFFD) and Uint8Arrays
 * as they are, ends in bytes; 'utf16' strings as their UTF-16 code units (uint16), ends in
 * units, or as bytes when every list is ASCII (see {@link PlacedLists.ascii}); 'symbols'
 * Uint32Arrays, ends in symbols.
 */
export type Encoding = 'utf8' | 'utf16' | 'symbols';

/** Where the lists landed (byte offsets into the arena). */
export interface PlacedLists {
  /** Each list's data. */
  offsets: number[];
  /** Each list's ends, one uint32 per item. */
  ends: number[];
  /** Each list's length in its units (bytes, UTF-16 units or symbols). */
  sizes: number[];
  /** The `extraU32` slots after the ends. */
  extra: number;
  /** 'utf16' only: every unit was below 0x80, so the lists were written as bytes. */
  ascii: boolean;
}

type Lists<T> = readonly (readonly T[])[];

/**
 * Working room for the ends, kept from call to call: a fresh buffer each call costs more than
 * the loop that fills it (new memory is zeroed, and the system may hand out pages not yet mapped).
 */
let scratch = new Uint32Array(1024);
function scratchU32(n: number): Uint32Array {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, 2 * scratch.length));
  return scratch;
}

/** Places `lists` for one call (see {@link Encoding}), with `extraU32` more uint32 slots. */
export function placeLists(
  fn: string,
  lists: Lists<string | Uint8Array>,
  encoding: 'utf8',
  extraU32?: number,
): PlacedLists;
export function placeLists(fn: string, lists: Lists<string>, encoding: 'utf16', extraU32?: number): PlacedLists;
export function placeLists(fn: string, lists: Lists<Uint32Array>, encoding: 'symbols', extraU32?: number): PlacedLists;
export function placeLists(
  fn: string,
  lists: Lists<string | Uint8Array | Uint32Array>,
  encoding: Encoding,
  extraU32 = 0,
): PlacedLists {
  // Each list's ends in units (UTF-16 units, bytes or symbols) first. Reading a string's
  // character flattens a rope (a string built with +=) in place once; join alone would walk
  // every rope again on each call.
  const unitEnds: Uint32Array[] = [];
  let units = 0;
  let allStrings = true;
  let anyString = false;
  let items = 0;
  for (const list of lists) items += list.length;
  const all = scratchU32(items);
  items = 0;
  for (const list of lists) {
    const ends = all.subarray(items, (items += list.length));
    let end = 0;
    for (let i = 0; i < list.length; ++i) {
      const item = list[i];
      if (typeof item === 'string') {
        item.charCodeAt(0);
        anyString = true;
      } else allStrings = false;
      ends[i] = end += item.length;
    }
    unitEnds.push(ends);
    units += end;
  }
  const sizes = unitEnds.map((e) => (e.length === 0 ? 0 : e[e.length - 1]));
  if (encoding === 'symbols') return placeSymbols(fn, lists as Lists<Uint32Array>, unitEnds, sizes, extraU32);
  if (encoding === 'utf16') return placeUnits(fn, lists as Lists<string>, unitEnds, sizes, extraU32);
  if (!anyString) return placeBytes(fn, lists as Lists<Uint8Array>, unitEnds, sizes, extraU32);
  if (!allStrings || units > HUGE_STRING) return placeEach(fn, lists as Lists<string | Uint8Array>, extraU32);
  return placeJoined(fn, lists as Lists<string>, unitEnds, sizes, extraU32);
}

/** Byte offsets for lists of `bytes` data (each 4-aligned) and `counts` items, then the extra slots. */
function layout(bytes: readonly number[], counts: readonly number[], extraU32: number) {
  const offsets: number[] = [];
  let at = 0;
  for (const b of bytes) {
    offsets.push(at);
    at = (at + b + 3) & ~3;
  }
  const ends: number[] = [];
  for (const c of counts) {
    ends.push(at);
    at += 4 * c;
  }
  return { offsets, ends, extra: at, total: at + 4 * extraU32 };
}

function reserve(fn: string, total: number): { base: number; heap: Uint8Array } {
  const inst = instance(fn);
  const base = inst.reserve(fn, total);
  return { base, heap: inst.raw.HEAPU8 }; // read after reserving: it may have grown memory
}

/** Copies `ends` into the arena at `at`. */
function writeEnds(heap: Uint8Array, at: number, ends: Uint32Array): void {
  new Uint32Array(heap.buffer, at, ends.length).set(ends);
}

/** Running sums of `lengths`. */
function runningSums(lengths: Uint32Array): Uint32Array {
  const ends = new Uint32Array(lengths.length);
  let end = 0;
  for (let i = 0; i < lengths.length; ++i) ends[i] = end += lengths[i];
  return ends;
}

/** A list joined in pieces of JOIN_CHUNK strings: few encodes, no giant joined string. */
function pieces(list: readonly string[]): string[] {
  if (list.length <= JOIN_CHUNK) return [list.join('')];
  const out: string[] = [];
  for (let i = 0; i < list.length; i += JOIN_CHUNK) out.push(list.slice(i, i + JOIN_CHUNK).join(''));
  return out;
}

/**
 * Writes `parts` back to back at `at` when they are all ASCII (one byte a unit); false at the
 * first part that is not. Each encode has room for one byte a unit, so text that is not ASCII
 * stops it within its first part.
 */
function encodeAscii(heap: Uint8Array, at: number, parts: readonly string[]): boolean {
  for (const p of parts) {
    if (encoder.encodeInto(p, heap.subarray(at, at + p.length)).read !== p.length) return false;
    at += p.length;
  }
  return true;
}

/** UTF-8 encodes `parts` back to back at `at`; returns the bytes written, or -1 past `room`. */
function encodeUtf8(heap: Uint8Array, at: number, parts: readonly string[], room: number): number {
  let written = 0;
  for (const p of parts) {
    const r = encoder.encodeInto(p, heap.subarray(at + written, at + room));
    if (r.read !== p.length) return -1;
    written += r.written;
  }
  return written;
}

/**
 * Strings as UTF-8, a few encodes of joined pieces. ASCII lists (the common case) need no
 * per-string work beyond their lengths: their byte lengths are their string lengths; other
 * lists get their strings' UTF-8 lengths from a loop (utf8.ts) and are encoded again.
 */
function placeJoined(
  fn: string,
  lists: Lists<string>,
  unitEnds: Uint32Array[],
  sizes: number[],
  extraU32: number,
): PlacedLists {
  const counts = lists.map((l) => l.length);
  const joined = lists.map(pieces);
  let lay = layout(sizes, counts, extraU32);
  let { base, heap } = reserve(fn, lay.total);
  const ascii = joined.map((parts, k) => encodeAscii(heap, base + lay.offsets[k], parts));
  if (ascii.every(Boolean)) {
    unitEnds.forEach((ends, k) => writeEnds(heap, base + lay.ends[k], ends));
    return { offsets: lay.offsets, ends: lay.ends, sizes, extra: lay.extra, ascii: true };
  }
  // A lone high surrogate ending one string and a lone low one starting the next would pair up
  // once joined (4 bytes, not 3 + 3): then every string is encoded apart.
  if (lists.some((list, k) => !ascii[k] && joinsSurrogates(list, JOIN_CHUNK))) return placeEach(fn, lists, extraU32);
  const byteEnds = lists.map((list, k) => (ascii[k] ? unitEnds[k] : runningSums(Uint32Array.from(list, utf8Length))));
  const bytes = byteEnds.map((e) => (e.length === 0 ? 0 : e[e.length - 1]));
  lay = layout(bytes, counts, extraU32);
  ({ base, heap } = reserve(fn, lay.total));
  for (let k = 0; k < lists.length; ++k) {
    if (encodeUtf8(heap, base + lay.offsets[k], joined[k], bytes[k]) !== bytes[k])
      return placeEach(fn, lists, extraU32);
    writeEnds(heap, base + lay.ends[k], byteEnds[k]);
  }
  return { offsets: lay.offsets, ends: lay.ends, sizes: bytes, extra: lay.extra, ascii: false };
}

/**
 * Below this length a byte loop copies a Uint8Array faster than set() (measured in Node 20: 1.8x
 * at 8 bytes, 0.84x at 16, 0.3x at 32).
 */
const SHORT_BYTES = 12;

/**
 * Lists of Uint8Arrays only: their ends are their running lengths, so one pass copies them.
 * Finding views that lie back to back in one buffer would cost more than the copies, as
 * reading a view's buffer and byteOffset is slower than copying a short key.
 */
function placeBytes(
  fn: string,
  lists: Lists<Uint8Array>,
  unitEnds: Uint32Array[],
  sizes: number[],
  extraU32: number,
): PlacedLists {
  const lay = layout(
    sizes,
    lists.map((l) => l.length),
    extraU32,
  );
  const { base, heap } = reserve(fn, lay.total);
  for (let k = 0; k < lists.length; ++k) {
    const list = lists[k];
    let at = base + lay.offsets[k];
    for (let i = 0; i < list.length; ++i) {
      const x = list[i];
      const n = x.length;
      if (n < SHORT_BYTES) {
        for (let j = 0; j < n; ++j) heap[at + j] = x[j];
      } else {
        heap.set(x, at);
      }
      at += n;
    }
    writeEnds(heap, base + lay.ends[k], unitEnds[k]);
  }
  return { offsets: lay.offsets, ends: lay.ends, sizes, extra: lay.extra, ascii: false };
}

/** placeJoined's layout one item at a time: bytes, huge strings, strings with lone surrogates. */
function placeEach(fn: string, input: Lists<string | Uint8Array>, extraU32: number): PlacedLists {
  const huge = input.some((list) => list.some((x) => typeof x === 'string' && x.length > HUGE_STRING));
  const lists = huge
    ? input.map((list) => list.map((x) => (typeof x === 'string' && x.length > HUGE_STRING ? encoder.encode(x) : x)))
    : input;
  const capacity = lists.map((list) => {
    let c = 0;
    for (const x of list) c += typeof x === 'string' ? x.length * 3 : x.length;
    return c;
  });
  const lay = layout(
    capacity,
    lists.map((l) => l.length),
    extraU32,
  );
  const { base, heap } = reserve(fn, lay.total);
  const sizes = lists.map((list, k) => {
    const start = base + lay.offsets[k];
    const ends = new Uint32Array(heap.buffer, base + lay.ends[k], list.length);
    let at = start;
    for (let i = 0; i < list.length; ++i) {
      const x = list[i];
      if (typeof x === 'string') {
        at += encoder.encodeInto(x, heap.subarray(at, at + x.length * 3)).written;
      } else {
        heap.set(x, at);
        at += x.length;
      }
      ends[i] = at - start;
    }
    return at - start;
  });
  return { offsets: lay.offsets, ends: lay.ends, sizes, extra: lay.extra, ascii: false };
}

/** Node's Buffer, where there is one: it copies a string's UTF-16 units natively. */
const NodeBuffer = (
  globalThis as {
    Buffer?: { from(memory: ArrayBuffer): { write(s: string, offset: number, encoding: 'utf16le'): number } };
  }
).Buffer;

/**
 * Strings as given: ASCII lists as bytes (one encode of joined pieces tells), others as their
 * UTF-16 code units copied straight into the arena (no UTF-8 encode for the module to decode).
 */
function placeUnits(
  fn: string,
  lists: Lists<string>,
  unitEnds: Uint32Array[],
  sizes: number[],
  extraU32: number,
): PlacedLists {
  const joined = lists.map(pieces);
  const lay = layout(
    sizes.map((s) => 2 * s),
    lists.map((l) => l.length),
    extraU32,
  );
  const { base, heap } = reserve(fn, lay.total);
  // ASCII (the common case) runs on the module's smallest tables; other text stops the
  // attempt within its first piece.
  const ascii = joined.every((parts, k) => encodeAscii(heap, base + lay.offsets[k], parts));
  lists.forEach((_, k) => {
    if (!ascii) writeUnits(heap, base + lay.offsets[k], joined[k]);
    writeEnds(heap, base + lay.ends[k], unitEnds[k]);
  });
  return { offsets: lay.offsets, ends: lay.ends, sizes, extra: lay.extra, ascii };
}

/** Writes the UTF-16 units of `parts` back to back at byte `at` (2-aligned) of `heap`. */
function writeUnits(heap: Uint8Array, at: number, parts: readonly string[]): void {
  if (NodeBuffer !== undefined) {
    // A memcpy a piece: some fifty times the loop below.
    const view = NodeBuffer.from(heap.buffer as ArrayBuffer);
    for (const p of parts) at += view.write(p, at, 'utf16le');
    return;
  }
  const units = new Uint16Array(heap.buffer, at, (heap.length - at) >>> 1);
  let i = 0;
  for (const p of parts) for (let k = 0; k < p.length; ++k) units[i++] = p.charCodeAt(k);
}

/** Uint32Array items (grapheme ids, say), one set() each. */
function placeSymbols(
  fn: string,
  lists: Lists<Uint32Array>,
  unitEnds: Uint32Array[],
  sizes: number[],
  extraU32: number,
): PlacedLists {
  const lay = layout(
    sizes.map((s) => 4 * s),
    lists.map((l) => l.length),
    extraU32,
  );
  const { base, heap } = reserve(fn, lay.total);
  lists.forEach((list, k) => {
    const symbols = new Uint32Array(heap.buffer, base + lay.offsets[k], sizes[k]);
    let at = 0;
    for (const x of list) {
      symbols.set(x, at);
      at += x.length;
    }
    writeEnds(heap, base + lay.ends[k], unitEnds[k]);
  });
  return { offsets: lay.offsets, ends: lay.ends, sizes, extra: lay.extra, ascii: false };
}
