// simkit/sql: an LSH index whose state lives in a database. DuckDB (one file on disk) for work
// larger than memory; PostgreSQL for one index shared by many processes and machines. The
// drivers are optional peer dependencies, loaded on first use.

import { init } from '../index.node.js';
import { expectOptions, expectString } from '../validate.js';
import type { StoreBackend } from './backend.js';
import { LshStore, type LshStoreOptions } from './store.js';

export { LshStore, STORE_FORMAT_VERSION } from './store.js';
export type { LshStoreOptions } from './store.js';
export { CLUSTERS_SQL, CLUSTERS_STEPS } from './band-join.js';

/** How to connect, as opposed to how the store is made (nothing here is recorded in it). */
export interface StoreConnectionOptions {
  /**
   * DuckDB only: the most memory DuckDB may use, in DuckDB's units (`'512MB'`, `'2GB'`); past
   * it, joins and sorts spill to `PATH.tmp`. Default: DuckDB's own, 80% of the machine's memory.
   */
  memoryLimit?: string;
}

const MEMORY_SIZE = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/**
 * Opens (or creates) an LSH store. `location` is `duckdb:PATH` (a database file, created when
 * absent; `duckdb::memory:` for a private in-memory one) or a `postgres://` / `postgresql://`
 * connection string. A new store records `options`; an existing one is opened only with the
 * options it was made with (or with none: then it uses its own), and of this format version.
 * Loads the wasm module if needed.
 * @param connection how to connect (DuckDB's memory limit); not part of what the store records
 * @example
 * const store = await openLshStore('duckdb:corpus.duckdb', { threshold: 0.8, minhash: { scheme: 'oph' } });
 * const mh = new MinHasher(store.minhash);
 * await store.insertMany(keys, mh.signBatch(texts));
 * const clusters = await store.duplicates();
 * await store.close();
 */
export async function openLshStore(
  location: string,
  options?: LshStoreOptions,
  connection?: StoreConnectionOptions,
): Promise<LshStore> {
  const fn = 'openLshStore';
  expectString(fn, 'location', location);
  const { memoryLimit } = expectOptions<StoreConnectionOptions>(fn, 'connection', connection, ['memoryLimit']);
  if (memoryLimit !== undefined) {
    expectString(fn, 'connection.memoryLimit', memoryLimit);
    if (!MEMORY_SIZE.test(memoryLimit))
      throw new RangeError(
        `simkit.${fn}: connection.memoryLimit must be a size such as '512MB' or '2GB', got ${JSON.stringify(memoryLimit.slice(0, 40))}`,
      );
    if (!location.startsWith('duckdb:'))
      throw new RangeError(`simkit.${fn}: connection.memoryLimit applies to DuckDB stores only (duckdb:PATH)`);
  }
  await init();
  let backend: StoreBackend;
  if (location.startsWith('duckdb:')) {
    const path = location.slice('duckdb:'.length);
    if (path === '') throw new RangeError(`simkit.${fn}: location duckdb: needs a file path (duckdb:corpus.duckdb)`);
    const { DuckDbBackend } = await import('./duckdb.js');
    backend = await DuckDbBackend.connect(path, memoryLimit);
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
