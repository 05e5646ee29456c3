// The one live wasm instance: writing inputs into its arena, calling entry points, copying
// results out. Nothing here keeps a view into wasm memory across a call (growth detaches them).

import { SimkitError, statusError } from './errors.js';
import type { RawModule } from './native.js';

const encoder = new TextEncoder();
const HUGE_STRING = 4 << 20;

/** Where one input landed in the arena: [offset, offset + length). */
export interface Placed {
  offset: number;
  length: number;
}

let current: Instance | null = null;

/** Installs the instance built by init(). */
export function setInstance(raw: RawModule): void {
  current = new Instance(raw);
}

/** The live instance; throws when init() has not finished or the instance aborted. */
export function instance(fn: string): Instance {
  if (current === null) {
    throw new SimkitError('NOT_INITIALIZED', `simkit.${fn}: call (and await) init() first`);
  }
  if (current.aborted) {
    throw new SimkitError(
      'INSTANCE_ABORTED',
      `simkit.${fn}: the wasm instance aborted earlier; call init({ fresh: true })`,
    );
  }
  return current;
}

/** True once init() has completed. */
export function isInitialized(): boolean {
  return current !== null;
}

/** Below this many UTF-16 units a JS loop writes an ASCII string faster than encodeInto. */
const SHORT_ASCII = 64;

/** Writes `s` at `at` if it is ASCII (one byte per unit); false at the first other unit. */
function writeAscii(heap: Uint8Array, at: number, s: string): boolean {
  for (let i = 0; i < s.length; ++i) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return false;
    heap[at + i] = c;
  }
  return true;
}

/**
 * Writes `s` as UTF-8 at `at` (room for 3 bytes per unit); returns the bytes written. encodeInto
 * writes a lone surrogate as U+FFFD (3 bytes for one UTF-16 unit), so positions computed from the
 * bytes stay aligned with the caller's string.
 */
function writeUtf8(heap: Uint8Array, at: number, s: string): number {
  if (s.length < SHORT_ASCII && writeAscii(heap, at, s)) return s.length;
  return encoder.encodeInto(s, heap.subarray(at, at + s.length * 3)).written;
}

export class Instance {
  aborted = false;
  // The arena's base and the most any reserve() asked for: the module returns the same base for
  // any smaller request (only this class reserves), so those need no call.
  #arenaBase = 0;
  #arenaCapacity = 0;
  readonly #two = new Uint32Array(3);
  constructor(readonly raw: RawModule) {}

  /**
   * Reserves the arena for `parts` (strings are UTF-8 encoded in place, bytes copied) plus
   * `extraU32` 4-byte-aligned uint32 slots after them. Returns where each part went and the byte
   * offset of the uint32 slots.
   */
  place(fn: string, input: readonly (string | Uint8Array)[], extraU32 = 0): { placed: Placed[]; u32Offset: number } {
    // Huge strings are encoded up front: reserving 3 bytes per UTF-16 unit would waste hundreds
    // of megabytes of the 4 GB wasm space on a 100 MB text. Small ones encode straight into wasm.
    const parts = input.some((p) => typeof p === 'string' && p.length > HUGE_STRING)
      ? input.map((p) => (typeof p === 'string' && p.length > HUGE_STRING ? encoder.encode(p) : p))
      : input;
    let capacity = 0;
    for (const p of parts) capacity += typeof p === 'string' ? p.length * 3 : p.length;
    const u32Offset = (capacity + 3) & ~3;
    const total = u32Offset + extraU32 * 4;
    const base = this.reserve(fn, total);
    const heap = this.raw.HEAPU8; // re-read: reserving may have grown memory
    const placed: Placed[] = [];
    let at = 0;
    for (const p of parts) {
      if (typeof p === 'string') {
        const written = writeUtf8(heap, base + at, p);
        placed.push({ offset: at, length: written });
        at += written;
      } else {
        heap.set(p, base + at);
        placed.push({ offset: at, length: p.length });
        at += p.length;
      }
    }
    return { placed, u32Offset };
  }

  /** Makes the arena at least `total` bytes long; returns its base address (OUT_OF_MEMORY when it cannot). */
  reserve(fn: string, total: number): number {
    if (total <= this.#arenaCapacity) return this.#arenaBase;
    const bytes = Math.max(total, 1);
    const base = this.call(fn, () => this.raw.arena_reserve(bytes));
    if (base === 0) {
      this.#arenaCapacity = 0; // the module freed the old arena before failing
      throw new SimkitError(
        'OUT_OF_MEMORY',
        `simkit.${fn}: cannot reserve ${total} bytes of wasm memory for the input`,
      );
    }
    this.#arenaBase = base;
    this.#arenaCapacity = bytes;
    return base;
  }

  /** Writes `values` into the uint32 slots reserved by the last place() or placeLists() (place.ts). */
  writeU32(u32Offset: number, values: ArrayLike<number>): void {
    this.raw.HEAPU32.set(values, (this.arenaBase() + u32Offset) >>> 2);
  }

  /** Base address of the arena (valid until the next place()). */
  arenaBase(): number {
    return this.#arenaCapacity > 0 ? this.#arenaBase : this.reserve('arenaBase', 1);
  }

  /**
   * Two strings back to back as UTF-8, as place() would put them (a pair for a distance), without
   * its per-call arrays: returns [offset of b, length of a, length of b]; a starts at offset 0.
   * Valid until the next call.
   */
  placeTwo(fn: string, a: string, b: string): Uint32Array {
    const two = this.#two;
    if (a.length > HUGE_STRING || b.length > HUGE_STRING) {
      const { placed } = this.place(fn, [a, b]);
      two[0] = placed[1]!.offset;
      two[1] = placed[0]!.length;
      two[2] = placed[1]!.length;
      return two;
    }
    const base = this.reserve(fn, (a.length + b.length) * 3);
    const heap = this.raw.HEAPU8; // re-read: reserving may have grown memory
    const lengthA = writeUtf8(heap, base, a);
    two[0] = lengthA;
    two[1] = lengthA;
    two[2] = writeUtf8(heap, base + lengthA, b);
    return two;
  }

  /** One string (as UTF-8) or byte array at the arena's start, as place() would; returns its length. */
  placeOne(fn: string, data: string | Uint8Array): number {
    if (typeof data !== 'string') {
      const base = this.reserve(fn, data.length);
      this.raw.HEAPU8.set(data, base);
      return data.length;
    }
    if (data.length > HUGE_STRING) return this.place(fn, [data]).placed[0]!.length;
    const base = this.reserve(fn, data.length * 3);
    return writeUtf8(this.raw.HEAPU8, base, data);
  }

  /**
   * Runs a native call. A trap (WebAssembly.RuntimeError: an abort, out of bounds) poisons the
   * instance: its memory may be inconsistent, so every later call refuses to run.
   */
  call<T>(fn: string, body: () => T): T {
    try {
      return body();
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        this.aborted = true;
        throw new SimkitError(
          'INSTANCE_ABORTED',
          `simkit.${fn}: the wasm instance aborted (${e.message}); call init({ fresh: true })`,
        );
      }
      throw e;
    }
  }

  /** Calls an entry point that returns a status, throwing the mapped error on failure. */
  check(fn: string, body: (raw: RawModule) => number): void {
    const status = this.call(fn, () => body(this.raw));
    if (status !== 0) throw statusError(fn, status, this.raw.last_error_message());
  }

  resultBytes(): Uint8Array {
    const p = this.raw.result_bytes_ptr();
    return this.raw.HEAPU8.slice(p, p + this.raw.result_bytes_size());
  }
  resultU32(): Uint32Array {
    // A new array filled by set(): several times faster than slice() from wasm memory in Node 20.
    const p = this.raw.result_u32_ptr() >>> 2;
    const out = new Uint32Array(this.raw.result_u32_size());
    out.set(this.raw.HEAPU32.subarray(p, p + out.length));
    return out;
  }
  resultSpans(): Uint32Array {
    const p = this.raw.result_spans_ptr() >>> 2;
    return this.raw.HEAPU32.slice(p, p + this.raw.result_spans_size());
  }
  resultF64(): Float64Array {
    // Not buffer.slice(): a new ArrayBuffer per call cost ~1 µs, most of a single-pair distance.
    const p = this.raw.result_f64_ptr() >>> 3;
    const out = new Float64Array(this.raw.result_f64_size());
    out.set(this.raw.HEAPF64.subarray(p, p + out.length));
    return out;
  }
  /** Where the last call's uint32 results start in HEAPU32 (read them before the next call). */
  resultU32Index(): number {
    return this.raw.result_u32_ptr() >>> 2;
  }
  /** The first f64 result of the last call (entry points that return one number). */
  firstF64(): number {
    return this.raw.HEAPF64[this.raw.result_f64_ptr() >>> 3]!;
  }
}
