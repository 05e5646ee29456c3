/// <reference lib="esnext.disposable" preserve="true" />
// Ownership of native (Embind) objects: explicit dispose(), `using` support, and a
// FinalizationRegistry safety net, because Embind 3.1.6 only finalizes smart-pointer handles
// and a forgotten index would otherwise hold wasm memory forever.

import { instance } from './instance.js';

/** What every Embind class instance has. */
export interface EmbindObject {
  delete(): void;
  isDeleted(): boolean;
}

const registry =
  typeof FinalizationRegistry === 'undefined'
    ? null
    : new FinalizationRegistry<EmbindObject>((native) => {
        try {
          if (!native.isDeleted()) native.delete();
        } catch {
          // the instance may be gone (aborted or replaced): nothing left to free
        }
      });

/**
 * Base of public classes that own a native object. Subclasses call `native(fn)` to reach it;
 * after dispose() that throws `Error('simkit.<Class>: used after dispose()')`.
 */
export abstract class NativeHandle<T extends EmbindObject> {
  #native: T | null;
  readonly #className: string;

  protected constructor(className: string, native: T) {
    this.#className = className;
    this.#native = native;
    registry?.register(this, native, this);
  }

  /** The native object, or an error naming the class and method when disposed. */
  protected native(fn: string): T {
    if (this.#native === null) throw new Error(`simkit.${this.#className}: ${fn}() used after dispose()`);
    instance(`${this.#className}.${fn}`); // throws if the instance aborted
    return this.#native;
  }

  /** True once dispose() has run. */
  get disposed(): boolean {
    return this.#native === null;
  }

  /**
   * Frees the WebAssembly memory this object holds (JavaScript's garbage collector cannot see
   * it). Idempotent; any other method afterwards throws.
   */
  dispose(): void {
    if (this.#native === null) return;
    registry?.unregister(this);
    try {
      this.#native.delete();
    } finally {
      this.#native = null;
    }
  }

  /** `using index = new WinnowIndex()` disposes at the end of the block. */
  [Symbol.dispose](): void {
    this.dispose();
  }
}
