// simkit dedup --store: shards written in several runs into one DuckDB file (or PostgreSQL
// database) report exactly the clusters of one in-memory run over all of them; rerunning a
// shard does not count its documents twice; a store made with another threshold is refused; a
// run killed half-way leaves whole batches, and rerunning the shard completes the store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from './sql-corpus.mjs';
import { startPostgres } from './postgres-server.mjs';

const cli = new URL('../../npm/dist/cli/main.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'simkit-cli-store-'));
let pg;
before(async () => {
  pg = await startPostgres();
  // Two shards interleaving the corpus, so clusters span both.
  const { keys, texts } = corpus(200);
  const line = (i) => JSON.stringify({ id: keys[i], text: texts[i] });
  writeFileSync(
    join(dir, 'a.jsonl'),
    `${keys
      .map((_, i) => i)
      .filter((i) => i % 2 === 0)
      .map(line)
      .join('\n')}\n`,
  );
  const big = corpus(16_000, 3, 'big');
  writeFileSync(
    join(dir, 'big.jsonl'),
    `${big.keys.map((k, i) => JSON.stringify({ id: k, text: big.texts[i] })).join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'b.jsonl'),
    `${keys
      .map((_, i) => i)
      .filter((i) => i % 2 === 1)
      .map(line)
      .join('\n')}\n`,
  );
});
after(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function run(...args) {
  const r = spawnSync(process.execPath, [cli, 'dedup', ...args, '--threshold', '0.7', '--quiet'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

for (const backend of ['duckdb', 'postgres']) {
  test(`dedup a then b --store ${backend} prints the clusters of dedup a b; rerunning a changes nothing`, async () => {
    const store = backend === 'duckdb' ? `duckdb:${join(dir, 'x.duckdb')}` : await pg.createDatabase('cli');
    for (const format of ['table', 'json']) {
      const whole = run('a.jsonl', 'b.jsonl', '--format', format);
      assert.equal(whole.code, 0, whole.err);
      if (format === 'table') {
        const first = run('a.jsonl', '--store', store, '--format', format);
        assert.equal(first.code, 0, first.err);
        assert.notEqual(first.out, whole.out, 'shard a alone has fewer clusters');
        // DuckDB under a small memory limit (spilling past it): the same clusters.
        const limit = backend === 'duckdb' ? ['--store-memory', '32MB'] : [];
        const second = run('b.jsonl', '--store', store, ...limit, '--format', format);
        assert.equal(second.code, 0, second.err);
        assert.equal(second.out, whole.out);
        assert.match(whole.out, /doc0 +doc3\n/, 'a cluster spans both shards');
      }
      const again = run('a.jsonl', '--store', store, '--format', format);
      assert.equal(again.code, 0, again.err);
      assert.equal(again.out, whole.out);
    }
    const json = JSON.parse(run('b.jsonl', '--store', store, '--format', 'json').out);
    assert.equal(json.documents, 200);
    const refused = spawnSync(process.execPath, [cli, 'dedup', 'a.jsonl', '--store', store, '--threshold', '0.8'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /the store was made with other parameters \(.*threshold 0.7, not 0.8/);
    const memory = run('a.jsonl', '--store', store, '--store-memory', '1GB');
    if (backend === 'duckdb') assert.equal(memory.code, 0, memory.err);
    else assert.match(memory.err, /--store-memory applies to DuckDB stores only/);
    assert.match(run('a.jsonl', '--store-memory', '1GB').err, /--store-memory needs --store duckdb:FILE/);
    if (backend === 'duckdb')
      assert.match(run('a.jsonl', '--store', store, '--store-memory', 'big').err, /memoryLimit must be a size/);
  });
}

test('a dedup --store run killed after its first batch leaves whole batches; the rerun completes the store', {
  timeout: 120_000,
}, async () => {
  const store = await pg.createDatabase('killed');
  const { default: pgDriver } = await import('pg');
  const client = new pgDriver.Client({ connectionString: store });
  await client.connect();
  const count = async (table) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`).catch(() => ({ rows: [{ n: 0 }] }));
    return rows[0].n;
  };
  try {
    const child = spawn(
      process.execPath,
      [cli, 'dedup', 'big.jsonl', '--store', store, '--threshold', '0.7', '--quiet'],
      { cwd: dir, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    while ((await count('simkit_docs')) === 0) {
      assert.equal(child.exitCode, null, 'the run ended before a batch was seen');
      assert.ok(Date.now() < deadline, 'no batch written within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(child.exitCode, null, 'killed while running');
    child.kill('SIGKILL');
    await exited;
    const docs = await count('simkit_docs');
    assert.ok(docs < 16_000 && docs % 2000 === 0, `${docs} documents: whole batches of 2000`);
    const {
      rows: [{ bands }],
    } = await client.query(`SELECT count(*)::int AS bands FROM simkit_bands`);
    const {
      rows: [meta],
    } = await client.query(`SELECT value FROM simkit_meta WHERE name = 'params'`);
    assert.equal(bands, docs * JSON.parse(meta.value).bands);
  } finally {
    await client.end();
  }
  const rerun = run('big.jsonl', '--store', store, '--format', 'json');
  assert.equal(rerun.code, 0, rerun.err);
  const whole = run('big.jsonl', '--format', 'json');
  assert.equal(rerun.out, whole.out);
  assert.equal(JSON.parse(rerun.out).documents, 16_000);
});
