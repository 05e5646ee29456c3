// The DuckDB backend: one file on disk, written with DuckDB's appender. DuckDB lets one process
// write a file at a time (it locks it), so ids are handed out here from max(id) and uniqueness
// of keys is kept by replacing, inside one transaction, the rows of keys already stored.

import type { CandidateRow, StoreBackend, StoredDocument } from './backend.js';
import { loadDriver } from './backend.js';
import { runClusterSteps } from './band-join.js';

type DuckDB = typeof import('@duckdb/node-api');
type Connection = import('@duckdb/node-api').DuckDBConnection;
type Instance = import('@duckdb/node-api').DuckDBInstance;
type DuckDBValue = import('@duckdb/node-api').DuckDBValue;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS simkit_meta (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS simkit_docs (id BIGINT NOT NULL, doc_key VARCHAR NOT NULL, signature UINTEGER[] NOT NULL, is_empty BOOLEAN NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS simkit_bands (band INTEGER NOT NULL, band_key BIGINT NOT NULL, doc_id BIGINT NOT NULL)`,
];
// Signatures are appended as text and cast by DuckDB: 2-3x faster than appending list values
// one slot at a time through the driver.
const STAGE = `CREATE TEMP TABLE IF NOT EXISTS simkit_stage (id BIGINT NOT NULL, doc_key VARCHAR NOT NULL, signature VARCHAR NOT NULL, is_empty BOOLEAN NOT NULL)`;
const UNSTAGE = [
  `INSERT INTO simkit_docs SELECT id, doc_key, CAST(signature AS UINTEGER[]), is_empty FROM simkit_stage`,
  `DELETE FROM simkit_stage`,
];
const READ_META = `SELECT name, value FROM simkit_meta`;
const WRITE_META = `INSERT INTO simkit_meta VALUES ($1, $2)`;
const MAX_ID = `SELECT coalesce(max(id), 0) AS id FROM simkit_docs`;
const IDS_OF_KEYS = `SELECT d.doc_key, d.id FROM simkit_docs d JOIN (SELECT unnest($1::VARCHAR[]) AS doc_key) q ON q.doc_key = d.doc_key`;
const DELETE_DOCS = `DELETE FROM simkit_docs WHERE id IN (SELECT unnest($1::BIGINT[]))`;
const DELETE_BANDS = `DELETE FROM simkit_bands WHERE doc_id IN (SELECT unnest($1::BIGINT[]))`;
const CANDIDATES = `SELECT DISTINCT d.id, d.doc_key, d.signature, d.is_empty
FROM (SELECT unnest($1::INTEGER[]) AS band, unnest($2::BIGINT[]) AS band_key) q
JOIN simkit_bands b ON b.band = q.band AND b.band_key = q.band_key
JOIN simkit_docs d ON d.id = b.doc_id`;
const ID_OF_KEY = `SELECT id FROM simkit_docs WHERE doc_key = $1`;
const COUNT = `SELECT count(*) AS n FROM simkit_docs`;

export class DuckDbBackend implements StoreBackend {
  readonly #duckdb: DuckDB;
  readonly #instance: Instance;
  readonly #db: Connection;
  #lastId = 0;

  private constructor(duckdb: DuckDB, instance: Instance, db: Connection) {
    this.#duckdb = duckdb;
    this.#instance = instance;
    this.#db = db;
  }

  /**
   * Opens (or creates) the database file at `path` (':memory:' for a private in-memory one),
   * with DuckDB's `memory_limit` when given.
   */
  static async connect(path: string, memoryLimit?: string): Promise<DuckDbBackend> {
    const duckdb = await loadDriver<DuckDB>('@duckdb/node-api', 'simkit/sql: the DuckDB store');
    const instance = await duckdb.DuckDBInstance.create(
      path,
      memoryLimit === undefined ? {} : { memory_limit: memoryLimit },
    );
    return new DuckDbBackend(duckdb, instance, await instance.connect());
  }

  async #transaction<T>(body: () => Promise<T>): Promise<T> {
    await this.#db.run('BEGIN TRANSACTION');
    try {
      const out = await body();
      await this.#db.run('COMMIT');
      return out;
    } catch (e) {
      await this.#db.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async open(meta: Record<string, string>): Promise<Record<string, string>> {
    const held = await this.#transaction(async () => {
      for (const sql of [...SCHEMA, STAGE]) await this.#db.run(sql);
      let rows = (await this.#db.runAndReadAll(READ_META)).getRowObjects();
      if (rows.length === 0) {
        for (const [name, value] of Object.entries(meta)) await this.#db.run(WRITE_META, [name, value]);
        rows = (await this.#db.runAndReadAll(READ_META)).getRowObjects();
      }
      return Object.fromEntries(rows.map((r) => [String(r.name), String(r.value)]));
    });
    this.#lastId = Number((await this.#db.runAndReadAll(MAX_ID)).getRowObjects()[0].id);
    return held;
  }

  async upsert(docs: readonly StoredDocument[], keys: BigInt64Array, bands: number): Promise<void> {
    const { listValue } = this.#duckdb;
    const before = this.#lastId;
    try {
      await this.#transaction(async () => {
        const held = (await this.#db.runAndReadAll(IDS_OF_KEYS, [listValue(docs.map((d) => d.key))])).getRowObjects();
        const idOf = new Map(held.map((r) => [String(r.doc_key), Number(r.id)]));
        const replaced = listValue([...idOf.values()].map((id) => BigInt(id)));
        if (idOf.size > 0) {
          await this.#db.run(DELETE_BANDS, [replaced]);
          await this.#db.run(DELETE_DOCS, [replaced]);
        }
        const ids = docs.map((d) => idOf.get(d.key) ?? ++this.#lastId);
        const docRows = await this.#db.createAppender('simkit_stage', 'main', 'temp');
        docs.forEach((d, i) => {
          docRows.appendBigInt(BigInt(ids[i]));
          docRows.appendVarchar(d.key);
          docRows.appendVarchar(`[${d.signature.join(',')}]`);
          docRows.appendBoolean(d.empty);
          docRows.endRow();
        });
        docRows.closeSync();
        for (const sql of UNSTAGE) await this.#db.run(sql);
        const bandRows = await this.#db.createAppender('simkit_bands');
        docs.forEach((_, i) => {
          const id = BigInt(ids[i]);
          for (let b = 0; b < bands; ++b) {
            bandRows.appendInteger(b);
            bandRows.appendBigInt(keys[i * bands + b]);
            bandRows.appendBigInt(id);
            bandRows.endRow();
          }
        });
        bandRows.closeSync();
      });
    } catch (e) {
      this.#lastId = before; // the transaction left no rows: hand the ids out again
      throw e;
    }
  }

  async candidates(bands: Int32Array, keys: BigInt64Array): Promise<CandidateRow[]> {
    const { listValue } = this.#duckdb;
    const reader = await this.#db.runAndReadAll(CANDIDATES, [listValue([...bands]), listValue([...keys])]);
    return reader.getRowObjectsJS().map((r) => ({
      id: Number(r.id),
      key: String(r.doc_key),
      signature: Uint32Array.from(r.signature as number[]),
      empty: Boolean(r.is_empty),
    }));
  }

  async remove(key: string): Promise<boolean> {
    return this.#transaction(async () => {
      const rows = (await this.#db.runAndReadAll(ID_OF_KEY, [key])).getRowObjects();
      if (rows.length === 0) return false;
      const ids = this.#duckdb.listValue(rows.map((r) => BigInt(r.id as bigint)));
      await this.#db.run(DELETE_BANDS, [ids]);
      await this.#db.run(DELETE_DOCS, [ids]);
      return true;
    });
  }

  async has(key: string): Promise<boolean> {
    return (await this.#db.runAndReadAll(ID_OF_KEY, [key])).getRowObjects().length > 0;
  }

  async size(): Promise<number> {
    return Number((await this.#db.runAndReadAll(COUNT)).getRowObjects()[0].n);
  }

  async clusters(minEqual: number, numPerm: number): Promise<Array<{ cluster: number; key: string }>> {
    const rows = await runClusterSteps(
      async (sql, params) => (await this.#db.runAndReadAll(sql, params as DuckDBValue[] | undefined)).getRowObjects(),
      minEqual,
      numPerm,
      'temp',
    );
    return rows.map((r) => ({ cluster: Number(r.cluster), key: String(r.doc_key) }));
  }

  async close(): Promise<void> {
    this.#db.closeSync();
    this.#instance.closeSync();
  }
}
