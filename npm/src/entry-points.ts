// The raw module from the wasm's entry-point table (bindings/entry_points.h): each registered
// function is called straight from the wasm function table, each registered class becomes a small
// JS class holding the object's address. Numbers in, numbers out: nothing to convert per call.

import { SimkitError } from './errors.js';
import type { EmscriptenModule, RawModule } from './native.js';

type WasmFunction = (...args: number[]) => number;

const UNSIGNED_RESULT = 1; // kUnsignedResult: the i32 result is a uint32 (an address or a size)
const ROW_WORDS = 6; // owner pointer, owner length, name pointer, name length, function, flags

function functionTable(module: EmscriptenModule): WebAssembly.Table {
  // This realm's WebAssembly made the instance (init.ts), so its table is this realm's Table.
  const table = Object.values(module.asm).find((v) => v instanceof WebAssembly.Table);
  if (table === undefined) throw new SimkitError('INTERNAL', 'simkit.init: the wasm module exports no function table');
  return table as WebAssembly.Table;
}

/** A JS class over a registered C++ class: `new` allocates, `delete()` frees, methods forward. */
function nativeClass(owner: string, members: Map<string, WasmFunction>): new () => object {
  const make = members.get('new');
  const destroy = members.get('delete');
  if (make === undefined || destroy === undefined) {
    throw new SimkitError('INTERNAL', `simkit.init: the wasm module registers ${owner} without new/delete`);
  }
  class Native {
    #self: number;
    constructor() {
      this.#self = make!() >>> 0;
      if (this.#self === 0) throw new SimkitError('OUT_OF_MEMORY', `simkit: no wasm memory left for a ${owner}`);
    }
    /** The object's address; throws once deleted (address 0 is ordinary memory in wasm). */
    self(method: string): number {
      if (this.#self === 0) throw new Error(`simkit: ${owner}.${method}() after delete()`);
      return this.#self;
    }
    delete(): void {
      if (this.#self === 0) return;
      const self = this.#self;
      this.#self = 0;
      destroy!(self);
    }
    isDeleted(): boolean {
      return this.#self === 0;
    }
  }
  const prototype = Native.prototype as unknown as Record<string, unknown>;
  for (const [name, fn] of members) {
    if (name === 'new' || name === 'delete') continue;
    prototype[name] = function (this: Native, ...args: number[]): number {
      return fn(this.self(name), ...args);
    };
  }
  return Native;
}

/** Adds every registered entry point to the Emscripten module and returns it as the RawModule. */
export function bindEntryPoints(module: EmscriptenModule): RawModule {
  const table = functionTable(module);
  const decoder = new TextDecoder();
  const text = (pointer: number, length: number): string =>
    decoder.decode(module.HEAPU8.subarray(pointer, pointer + length));
  const at = module._simkit_entry_points() >>> 2;
  const words = module.HEAPU32;
  const target = module as unknown as Record<string, unknown>;
  const classes = new Map<string, Map<string, WasmFunction>>();
  for (let row = at + 1, end = at + 1 + words[at]! * ROW_WORDS; row < end; row += ROW_WORDS) {
    const owner = text(words[row]!, words[row + 1]!);
    const name = text(words[row + 2]!, words[row + 3]!);
    const raw = table.get(words[row + 4]!) as WasmFunction;
    const fn: WasmFunction = (words[row + 5]! & UNSIGNED_RESULT) === 0 ? raw : (...args) => raw(...args) >>> 0;
    if (owner === '') target[name] = fn;
    else {
      if (!classes.has(owner)) classes.set(owner, new Map());
      classes.get(owner)!.set(name, fn);
    }
  }
  for (const [owner, members] of classes) target[owner] = nativeClass(owner, members);
  const errorPointer = target.last_error_ptr as WasmFunction | undefined;
  const errorSize = target.last_error_size as WasmFunction | undefined;
  if (errorPointer !== undefined && errorSize !== undefined) {
    target.last_error_message = (): string => text(errorPointer(), errorSize());
  }
  return module as unknown as RawModule;
}
