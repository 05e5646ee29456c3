// Loads a format's optional package on first use. A package that is not installed becomes a
// DocumentError that names the package to install, instead of a bare resolution failure.

import { DocumentError } from './errors.js';

const cache = new Map<string, Promise<unknown>>();

function isMissing(e: unknown, pkg: string): boolean {
  const err = e as { code?: string; message?: string };
  if (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') return true;
  // Browsers and bundlers: "Failed to resolve module specifier", "Cannot find module"
  return typeof err?.message === 'string' && err.message.includes(pkg) && /resolve|find|fetch/i.test(err.message);
}

/**
 * `import(specifier)` once per process. `loader` does the import so that bundlers and import maps
 * see a literal specifier.
 */
export function loadOptional<T>(pkg: string, file: string, format: string, loader: () => Promise<T>): Promise<T> {
  let p = cache.get(pkg) as Promise<T> | undefined;
  if (!p) {
    p = loader();
    cache.set(pkg, p);
    p.catch(() => cache.delete(pkg)); // a later call may succeed after an install
  }
  return p.catch((e: unknown) => {
    if (isMissing(e, pkg)) {
      throw new DocumentError('MISSING_PACKAGE', file, `reading ${format} needs the optional package "${pkg}" (npm install ${pkg})`);
    }
    throw e;
  });
}
