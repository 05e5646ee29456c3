// What a database must do for LshStore: the contract each backend file (duckdb.ts, postgres.ts)
// implements with its own SQL. Band keys and verification stay in LshStore, so every backend
// answers the same.

/** One document to write: its key, signature and whether the signature is all-empty. */
export interface StoredDocument {
  key: string;
  signature: Uint32Array;
  empty: boolean;
}

/** A stored document found by a band-key lookup. */
export interface CandidateRow {
  id: number;
  key: string;
  signature: Uint32Array;
  empty: boolean;
}

export interface StoreBackend {
  /**
   * Creates the schema when absent and records `meta` in a fresh store, atomically (several
   * processes may open one store at once). Returns the meta the store holds.
   */
  open(meta: Record<string, string>): Promise<Record<string, string>>;
  /**
   * Writes documents in one transaction: a key already stored keeps its id and gets the new
   * signature and band rows. `keys[i * bands + b]` is band b of docs[i] (signed 64-bit, as
   * stored). Ids follow the order of `docs`, whose keys are distinct.
   */
  upsert(docs: readonly StoredDocument[], keys: BigInt64Array, bands: number): Promise<void>;
  /** Documents having any of the (band, key) pairs, each once. */
  candidates(bands: Int32Array, keys: BigInt64Array): Promise<CandidateRow[]>;
  /** Deletes a document and its band rows; false when the key is not stored. */
  remove(key: string): Promise<boolean>;
  has(key: string): Promise<boolean>;
  size(): Promise<number>;
  /** Runs the shared clusters query (band-join.ts) with its two parameters. */
  clusters(minEqual: number, numPerm: number): Promise<Array<{ cluster: number; key: string }>>;
  close(): Promise<void>;
}

/** Loads an optional driver, or says which package to install. */
export async function loadDriver<T>(name: string, what: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(`${what} needs the package ${name}, which is not installed: npm install ${name}`);
    }
    throw e;
  }
}
