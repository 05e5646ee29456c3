// simkit index build streams its input and signs on worker threads, yet saves the very bytes of
// an LshIndex built in one go; simkit sign --bands writes exactly lshBandKeys() as CSV and as
// Parquet (read back here by DuckDB), and says which package to install when DuckDB is missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { init, LshIndex, lshBandKeys, lshParams, MinHasher } from 'simkit';
import { corpus } from './sql-corpus.mjs';

await init();

const pkg = new URL('../../npm/', import.meta.url).pathname;
const cli = join(pkg, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'simkit-cli-bands-'));
// Several batches of 2000 (signed on worker threads, as every JSONL input is), ids that need
// CSV quoting, and one id repeated (index build keeps both, the second as "dup#2"). The first
// batch's texts are ten times longer, so with two or more threads a later batch is signed before
// it: handing batches over as their signing ends, not in input order, changes the saved bytes.
const { keys, texts } = corpus(9001, 5, 'd');
for (let i = 0; i < 2000; ++i) texts[i] = Array(10).fill(texts[i]).join(' ').trim();
keys[3] = 'comma, "quoted"';
keys[4] = 'line\nbreak';
keys[10] = 'dup';
keys[8000] = 'dup';
keys[12] = '';

function run(args, cwd = dir, script = cli) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  writeFileSync(join(dir, 'c.jsonl'), keys.map((k, i) => `${JSON.stringify({ id: k, text: texts[i] })}\n`).join(''));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('index build streams and signs in parallel, and saves the bytes of an index built in one go', () => {
  const r = run(['index', 'build', 'c.jsonl', '--out', 'c.skindex', '--threshold', '0.7', '--num-perm', '64']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /indexed 9001 documents/);
  const file = readFileSync(join(dir, 'c.skindex'));
  const headerBytes = file.readUInt32LE(4);
  const header = JSON.parse(file.subarray(8, 8 + headerBytes).toString());
  assert.deepEqual(header, {
    v: 1,
    minhash: { numPerm: 64, scheme: 'oph', seed: '1', shingle: 'word', shingleSize: 3 },
  });
  const options = { numPerm: 64, scheme: 'oph', seed: 1, analyzer: 'word', ngramSize: 3 };
  const index = new LshIndex({ threshold: 0.7, numPerm: 64 });
  try {
    const unique = keys.map((k, i) => (k === 'dup' && i === 8000 ? 'dup#2' : k));
    index.insertMany(unique, new MinHasher(options).signBatch(texts));
    assert.ok(index.duplicates().length > 100, 'the corpus has clusters');
    assert.ok(Buffer.from(index.save()).equals(file.subarray(8 + headerBytes)), 'same index bytes');
  } finally {
    index.dispose();
  }
});

/** The rows the API gives (with the CLI's default MinHash scheme): (id, band, signed 64-bit key). */
function expectedRows(threshold, numPerm) {
  const lsh = lshParams({ threshold, numPerm });
  const unsigned = lshBandKeys(new MinHasher({ numPerm, scheme: 'oph' }).signBatch(texts), {
    bands: lsh.bands,
    rows: lsh.rows,
  });
  const signed = new BigInt64Array(unsigned.buffer, unsigned.byteOffset, unsigned.length);
  return keys.flatMap((id, i) => Array.from({ length: lsh.bands }, (_, b) => [id, b, signed[i * lsh.bands + b]]));
}

/** Equal row lists; a difference is shown as its first row (a full diff of 100k rows is unreadable). */
function sameRows(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: number of rows`);
  const i = actual.findIndex((row, j) => !isDeepStrictEqual(row, expected[j]));
  if (i >= 0) assert.deepEqual(actual[i], expected[i], `${what}: row ${i}`);
}

/** A small RFC 4180 reader (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[i++];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

test('sign --bands --format csv writes the rows of lshBandKeys, with a header, to a file or stdout', async () => {
  const expected = expectedRows(0.75, 128);
  const toFile = run(['sign', 'c.jsonl', '--bands', '--threshold', '0.75', '--out', 'bands.csv']);
  assert.equal(toFile.code, 0, toFile.err);
  assert.match(toFile.err, /band keys of 9001 documents \(LSH \d+×\d+\) written to bands\.csv/);
  const text = readFileSync(join(dir, 'bands.csv'), 'utf8');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, ['id', 'band', 'key']);
  sameRows(
    rows,
    expected.map(([id, b, k]) => [id, String(b), String(k)]),
    'CSV',
  );
  // DuckDB reads the same rows (an empty id stays an empty string, not NULL).
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const read = await db.runAndReadAll(
    `SELECT * FROM read_csv('${join(dir, 'bands.csv')}', header = true, allow_quoted_nulls = false,` +
      ` columns = {'id': 'VARCHAR', 'band': 'INTEGER', 'key': 'BIGINT'})`,
  );
  db.closeSync();
  sameRows(read.getRows(), expected, 'CSV read by DuckDB');
  const toStdout = run(['sign', 'c.jsonl', '--bands', '--threshold', '0.75', '--format', 'csv']);
  assert.equal(toStdout.code, 0, toStdout.err);
  assert.equal(toStdout.out, text);
});

test('sign --bands --format parquet: DuckDB reads back the rows of lshBandKeys', async () => {
  const r = run(['sign', 'c.jsonl', '--bands', '--format', 'parquet', '--out', 'bands.parquet']);
  assert.equal(r.code, 0, r.err);
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await db.runAndReadAll(`SELECT id, band, key FROM '${join(dir, 'bands.parquet')}'`);
  const columns = reader.columnNames();
  const types = reader.columnTypes().map(String);
  const rows = reader.getRows();
  db.closeSync();
  assert.deepEqual(columns, ['id', 'band', 'key']);
  assert.deepEqual(types, ['VARCHAR', 'INTEGER', 'BIGINT']);
  sameRows(rows, expectedRows(0.8, 128), 'Parquet read by DuckDB');
  assert.deepEqual(
    readFileSync(join(dir, 'bands.parquet')).subarray(0, 4).toString(),
    'PAR1',
    'a Parquet file (magic bytes)',
  );
});

test("docs/SCALE.md's candidates SQL, run by DuckDB on the Parquet and the CSV file, gives the API's candidate pairs", async () => {
  const doc = readFileSync(new URL('../../docs/SCALE.md', import.meta.url), 'utf8');
  const sql = /```sql candidates\n([\s\S]*?)\n```/.exec(doc)[1];
  const csvTable = /`(read_csv\('bands\.csv'[^`]*)`/.exec(doc)[1];
  const byKey = new Map();
  for (const [id, b, k] of expectedRows(0.8, 128)) {
    const bucket = `${b}:${k}`;
    if (!byKey.has(bucket)) byKey.set(bucket, []);
    byKey.get(bucket).push(id);
  }
  const pairs = new Set();
  for (const ids of byKey.values())
    for (const a of ids) for (const b of ids) if (a < b) pairs.add(JSON.stringify([a, b]));
  const expected = [...pairs]
    .map((p) => JSON.parse(p))
    .sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
  assert.ok(expected.length > 1000, 'the corpus has candidates');
  for (const out of ['bands.csv', 'bands.parquet'])
    assert.equal(run(['sign', 'c.jsonl', '--bands', '--format', out.split('.')[1], '--out', out]).code, 0);
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    for (const source of [
      `'${join(dir, 'bands.parquet')}'`,
      csvTable.replace("'bands.csv'", `'${join(dir, 'bands.csv')}'`),
    ]) {
      const rows = (await db.runAndReadAll(sql.replaceAll("'bands.parquet'", source))).getRows();
      sameRows(rows, expected, source);
    }
  } finally {
    db.closeSync();
  }
});

test('sign --format parquet without @duckdb/node-api names the package and writes nothing', () => {
  // The package alone, where no node_modules holds the optional DuckDB driver.
  const alone = mkdtempSync(join(tmpdir(), 'simkit-no-duckdb-'));
  try {
    cpSync(join(pkg, 'dist'), join(alone, 'dist'), { recursive: true });
    cpSync(join(pkg, 'package.json'), join(alone, 'package.json'));
    const r = run(
      ['sign', join(dir, 'c.jsonl'), '--bands', '--format', 'parquet', '--out', 'x.parquet'],
      alone,
      join(alone, 'dist/cli/main.js'),
    );
    assert.equal(r.code, 2, r.err);
    assert.match(
      r.err,
      /^simkit: --format parquet needs the package @duckdb\/node-api, which is not installed: npm install @duckdb\/node-api\n$/,
    );
    assert.equal(existsSync(join(alone, 'x.parquet')), false);
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});
