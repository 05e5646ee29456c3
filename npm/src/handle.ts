/// <reference lib="esnext.disposable" preserve="true" />
// Ownership of native objects (registered classes, entry-points.ts): explicit dispose(), `using`
// support, and a FinalizationRegistry safety net, because a forgotten index would otherwise hold
// wasm memory forever.

import { instance } from './instance.js';

/** What every registered class's instance has. */
export interface NativeObject {
  delete(): void;
  isDeleted(): boolean;
}

const registry =
  typeof FinalizationRegistry === 'undefined'
    ? null
    : new FinalizationRegistry<NativeObject>((native) => {
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
export abstract class NativeHandle<T extends NativeObject> {
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
