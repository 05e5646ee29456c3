// simkit sign --bands: every document's LSH band keys as (id, band, key) rows, the data any SQL
// engine joins to find near-duplicate candidates (docs/SCALE.md). The keys are lshBandKeys(),
// LshIndex's own banding, written as signed 64-bit integers like simkit/sql's band_key column.
// CSV is written as the documents stream; Parquet is that CSV converted by DuckDB, an optional
// peer dependency loaded on first use, so memory stays bounded by a batch either way.
import { lshBandKeys, lshParams, type MinHashOptions } from '../index.node.js';
import { loadDriver } from '../sql/backend.js';
import { choiceFlag, numberFlag, UsageError, type Parsed } from './args.js';
import type { AtomicFile } from './atomic-write.js';
import { csvCell } from './output.js';

export const BAND_FORMATS = ['csv', 'parquet'] as const;
export type BandFormat = (typeof BAND_FORMATS)[number];

export const BAND_HEADER = 'id,band,key\n';

/** The --format and --threshold of --bands, with the bands × rows an LshIndex would choose. */
export function bandOptions(flags: Parsed['flags'], minhash: MinHashOptions) {
  const format = choiceFlag<BandFormat>(flags, 'format', 'csv', BAND_FORMATS);
  if (format === 'parquet' && typeof flags.out !== 'string') throw new UsageError('--format parquet needs --out FILE');
  const threshold = numberFlag(flags, 'threshold', 0.8, 0.01, 0.99);
  const { bands, rows } = lshParams({ threshold, numPerm: minhash.numPerm });
  return { format, lsh: { bands, rows } };
}

/** The CSV lines of one batch of documents. */
export function bandLines(ids: readonly string[], signatures: Uint32Array[], lsh: { bands: number; rows: number }) {
  const unsigned = lshBandKeys(signatures, lsh);
  const keys = new BigInt64Array(unsigned.buffer, unsigned.byteOffset, unsigned.length);
  let out = '';
  ids.forEach((id, i) => {
    // A quoted empty id stays an empty string; unquoted, CSV readers take it for NULL.
    const cell = id === '' ? '""' : csvCell(id);
    for (let b = 0; b < lsh.bands; ++b) out += `${cell},${b},${keys[i * lsh.bands + b]}\n`;
  });
  return out;
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Loads DuckDB (first, so a missing package is reported before any work) and returns the
 * conversion of a finished CSV file to Parquet in another file (which its commit() renames).
 */
export async function parquetWriter(): Promise<(csv: AtomicFile, parquet: AtomicFile) => Promise<void>> {
  const duckdb = await loadDriver<typeof import('@duckdb/node-api')>('@duckdb/node-api', '--format parquet');
  return async (csv, parquet) => {
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      await db.run(
        `COPY (SELECT * FROM read_csv(${literal(await csv.path())}, header = true, allow_quoted_nulls = false,` +
          ` columns = {'id': 'VARCHAR', 'band': 'INTEGER', 'key': 'BIGINT'}))` +
          ` TO ${literal(await parquet.path())} (FORMAT parquet)`,
      );
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  };
}
