// simkit/sql: an LSH index whose state lives in a database. DuckDB (one file on disk) for work
// larger than memory; PostgreSQL for one index shared by many processes and machines. The
// drivers are optional peer dependencies, loaded on first use.

import { init } from '../index.node.js';
import { expectString } from '../validate.js';
import type { StoreBackend } from './backend.js';
import { LshStore, type LshStoreOptions } from './store.js';

export { LshStore, STORE_FORMAT_VERSION } from './store.js';
export type { LshStoreOptions } from './store.js';
export { CLUSTERS_SQL } from './band-join.js';

/**
 * Opens (or creates) an LSH store. `location` is `duckdb:PATH` (a database file, created when
 * absent; `duckdb::memory:` for a private in-memory one) or a `postgres://` / `postgresql://`
 * connection string. A new store records `options`; an existing one is opened only with the
 * options it was made with (or with none: then it uses its own), and of this format version.
 * Loads the wasm module if needed.
 * @example
 * const store = await openLshStore('duckdb:corpus.duckdb', { threshold: 0.8, minhash: { scheme: 'oph' } });
 * const mh = new MinHasher(store.minhash);
 * await store.insertMany(keys, mh.signBatch(texts));
 * const clusters = await store.duplicates();
 * await store.close();
 */
export async function openLshStore(location: string, options?: LshStoreOptions): Promise<LshStore> {
  const fn = 'openLshStore';
  expectString(fn, 'location', location);
  await init();
  let backend: StoreBackend;
  if (location.startsWith('duckdb:')) {
    const path = location.slice('duckdb:'.length);
    if (path === '') throw new RangeError(`simkit.${fn}: location duckdb: needs a file path (duckdb:corpus.duckdb)`);
    const { DuckDbBackend } = await import('./duckdb.js');
    backend = await DuckDbBackend.connect(path);
  } else if (/^postgres(ql)?:\/\//.test(location)) {
    const { PostgresBackend } = await import('./postgres.js');
    backend = await PostgresBackend.connect(location);
  } else {
    throw new RangeError(
      `simkit.${fn}: location must start with duckdb: or postgres://, got ${JSON.stringify(location.slice(0, 40))}`,
    );
  }
  try {
    return await LshStore.attach(backend, options);
  } catch (e) {
    await backend.close().catch(() => undefined);
    throw e;
  }
}
