// Loads a format's optional package on first use. A package that is not installed becomes a
// DocumentError that names the package to install, instead of a bare resolution failure.

import { DocumentError } from './errors.js';

const cache = new Map<string, Promise<unknown>>();

/** The optional packages, and pdf.js's worker script, by the name `useFormatModules` takes. */
export type FormatModule = 'chardet' | 'htmlparser2' | 'fflate' | 'pdfjs-dist' | 'pdfjs-dist/worker';
const urls = new Map<FormatModule, string>();

/**
 * Where to import the format libraries from, as URLs of ES modules, where their package names do
 * not resolve: a browser Web Worker has no import map. The demo serves them at /vendor/.
 */
export function useFormatModules(modules: Partial<Record<FormatModule, string>>): void {
  if (modules === null || typeof modules !== 'object')
    throw new TypeError('useFormatModules: modules must be an object');
  for (const [name, url] of Object.entries(modules)) {
    if (!['chardet', 'htmlparser2', 'fflate', 'pdfjs-dist', 'pdfjs-dist/worker'].includes(name))
      throw new RangeError(`useFormatModules: unknown module "${name}"`);
    if (typeof url !== 'string' || url === '')
      throw new TypeError(`useFormatModules: modules["${name}"] must be a URL string`);
    if (urls.get(name as FormatModule) !== url) cache.delete(name);
    urls.set(name as FormatModule, url);
  }
}

/** The URL set for `name` by useFormatModules, if any. */
export function formatModuleUrl(name: FormatModule): string | undefined {
  return urls.get(name);
}

function isMissing(e: unknown, pkg: string): boolean {
  const err = e as { code?: string; message?: string };
  if (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') return true;
  // Browsers and bundlers: "Failed to resolve module specifier", "Cannot find module"
  return typeof err?.message === 'string' && err.message.includes(pkg) && /resolve|find|fetch/i.test(err.message);
}

/**
 * `import(specifier)` once per process (or the URL useFormatModules gave). `loader` does the
 * import so that bundlers and import maps see a literal specifier.
 */
export function loadOptional<T>(pkg: string, file: string, format: string, loader: () => Promise<T>): Promise<T> {
  let p = cache.get(pkg) as Promise<T> | undefined;
  if (!p) {
    const url = urls.get(pkg as FormatModule);
    p = url ? (import(/* @vite-ignore */ /* webpackIgnore: true */ url) as Promise<T>) : loader();
    cache.set(pkg, p);
    p.catch(() => cache.delete(pkg)); // a later call may succeed after an install
  }
  return p.catch((e: unknown) => {
    if (isMissing(e, pkg)) {
      throw new DocumentError(
        'MISSING_PACKAGE',
        file,
        `reading ${format} needs the optional package "${pkg}" (npm install ${pkg})`,
      );
    }
    throw e;
  });
}
