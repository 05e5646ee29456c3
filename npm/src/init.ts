// Loading the wasm module: once per process/worker, from whatever source the runtime allows.

import { SimkitError } from './errors.js';
import { isInitialized, setInstance } from './instance.js';
import { bindEntryPoints } from './entry-points.js';
import { RAW_FUNCTIONS, type EmscriptenModule, type ModuleConfig } from './native.js';

/** Anything the wasm bytes can come from. */
export type WasmSource = URL | string | ArrayBuffer | Uint8Array | Response | WebAssembly.Module;

/** Options of `init()`. */
export interface InitOptions {
  /**
   * Where the wasm comes from. Default: next to the package (read with `fs` in Node, fetched
   * by URL in browsers and workers). At the edge pass a precompiled `WebAssembly.Module`.
   */
  wasm?: WasmSource | Promise<WasmSource>;
  /** Build a new instance even if one exists (after an `INSTANCE_ABORTED` error). */
  fresh?: boolean;
}

/** What each entry point (node / web / edge) provides to init(). */
export interface Platform {
  factory: (config: ModuleConfig) => Promise<EmscriptenModule>;
  defaultSource: (() => Promise<WasmSource>) | null;
}

let pending: Promise<void> | null = null;

// Kinds are told by their built-in tag, not instanceof: an edge platform may hand over a
// WebAssembly.Module or bytes made in another realm (Vercel's Edge Runtime does), where
// instanceof is false.
function tagOf(v: unknown): string {
  return Object.prototype.toString.call(v);
}

function isResponse(v: unknown): v is Response {
  return tagOf(v) === '[object Response]';
}

/** True when the bytes start with the wasm magic number (\0asm). */
function isWasm(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
}

async function configFor(source: WasmSource): Promise<ModuleConfig> {
  if (tagOf(source) === '[object WebAssembly.Module]') {
    const module = source as WebAssembly.Module;
    // Precompiled: instantiate it ourselves so nothing compiles at run time (edge runtimes forbid it).
    return {
      instantiateWasm(imports, done) {
        WebAssembly.instantiate(module, imports).then((inst) => done(inst, module));
        return {};
      },
    };
  }
  if (tagOf(source) === '[object Uint8Array]') return { wasmBinary: source as Uint8Array };
  if (tagOf(source) === '[object ArrayBuffer]') return { wasmBinary: new Uint8Array(source as ArrayBuffer) };
  if (typeof source === 'string' || tagOf(source) === '[object URL]' || isResponse(source)) {
    const response = isResponse(source) ? source : await fetch(source as string | URL);
    if (!response.ok) {
      const where = response.url || String(source);
      throw new SimkitError(
        'INTERNAL',
        `simkit.init: fetching the wasm from ${where} failed: HTTP ${response.status}` +
          ' (a bundler that does not copy simkit.wasm next to the bundle needs a copy step or init({ wasm: url }); see the README, "Loading")',
      );
    }
    const streaming =
      typeof WebAssembly.instantiateStreaming === 'function' &&
      (response.headers.get('content-type') ?? '').startsWith('application/wasm');
    if (!streaming) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isWasm(bytes)) {
        throw new SimkitError(
          'INTERNAL',
          `simkit.init: ${response.url || String(source)} is not a wasm module` +
            ` (content-type ${response.headers.get('content-type') ?? 'none'}); a dev server that pre-bundles simkit` +
            ' serves a page there instead (Vite: optimizeDeps: { exclude: [\'simkit\'] }; see the README, "Loading")',
        );
      }
      return { wasmBinary: bytes };
    }
    return {
      instantiateWasm(imports, done) {
        WebAssembly.instantiateStreaming(response, imports).then((r) => done(r.instance, r.module));
        return {};
      },
    };
  }
  throw new TypeError(
    'simkit.init: wasm must be a URL, string, ArrayBuffer, Uint8Array, Response or WebAssembly.Module',
  );
}

/** init() for one platform: concurrent and repeated calls share one load. */
export function initOn(platform: Platform, options: InitOptions = {}): Promise<void> {
  if (options === null || typeof options !== 'object') {
    return Promise.reject(new TypeError('simkit.init: options must be an object'));
  }
  if (pending !== null && !options.fresh) return pending;
  const load = (async () => {
    let source: WasmSource | undefined = options.wasm === undefined ? undefined : await options.wasm;
    if (source === undefined) {
      if (platform.defaultSource === null) {
        throw new TypeError('simkit.init: this entry point needs init({ wasm }) (a WebAssembly.Module, bytes or URL)');
      }
      source = await platform.defaultSource();
    }
    const raw = bindEntryPoints(await platform.factory(await configFor(source)));
    for (const name of RAW_FUNCTIONS) {
      if (typeof raw[name] !== 'function')
        throw new SimkitError(
          'INTERNAL',
          `simkit.init: the wasm module lacks ${name}; glue and package are out of step`,
        );
    }
    setInstance(raw);
  })();
  pending = load;
  load.catch(() => {
    if (pending === load) pending = null; // a failed load may be retried
  });
  return load;
}

export { isInitialized };
