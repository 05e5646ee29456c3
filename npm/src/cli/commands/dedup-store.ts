// simkit dedup --store LOCATION: the documents go into a database (simkit/sql) instead of an
// in-memory index, batch by batch, so memory is bounded by a batch and several runs (shards)
// add up; the clusters reported are over everything the store holds. A key already stored is
// replaced, not added: rerunning a shard does not count its documents twice.
import { createWriteStream } from 'node:fs';
import type { MinHashOptions } from '../../index.node.js';
import { type Parsed, UsageError } from '../args.js';
import { inputOptions } from '../common.js';
import { readDocuments } from '../inputs.js';
import { render, type Format } from '../output.js';
import { Signer, signInOrder } from '../signing.js';

/** The DuckDB memory limit of `--store duckdb:` runs without --store-memory. */
export const DEFAULT_DUCKDB_MEMORY = '1GB';

export interface StoreRun {
  location: string;
  threshold: number;
  minhash: MinHashOptions;
  format: Format;
  failOn: number;
}

export async function dedupIntoStore({ flags, positionals }: Parsed, run: StoreRun): Promise<number> {
  const { openLshStore } = await import('../../sql/index.js');
  const started = Date.now();
  const memory = flags['store-memory'];
  if (typeof memory === 'string' && !run.location.startsWith('duckdb:'))
    throw new UsageError('--store-memory applies to DuckDB stores only (--store duckdb:FILE)');
  // DuckDB's own default is 80% of the machine's memory; a CLI run stays bounded unless asked.
  const connection = run.location.startsWith('duckdb:')
    ? { memoryLimit: typeof memory === 'string' ? memory : DEFAULT_DUCKDB_MEMORY }
    : {};
  const store = await openLshStore(run.location, { threshold: run.threshold, minhash: run.minhash }, connection);
  const signer = Signer.forInputs(run.minhash, positionals);
  try {
    // Batches are written in input order: ids (and so which document of a cluster is kept)
    // follow the order documents arrive in, run after run.
    const read = await signInOrder(readDocuments(positionals, inputOptions(flags)), signer, (docs, sigs) =>
      store.insertMany(
        docs.map((d) => d.key),
        sigs,
      ),
    );
    const clusters = await store.duplicates();
    const documents = await store.size();
    const duplicates = clusters.reduce((n, c) => n + c.length - 1, 0);
    if (run.format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ documents, duplicates, threshold: run.threshold, clusters }, null, 2)}\n`,
      );
    } else {
      const rowsOut = clusters.map((c, i) => ({
        cluster: i + 1,
        size: c.length,
        keep: c[0],
        duplicates: c.slice(1).join(' '),
      }));
      process.stdout.write(render(rowsOut, ['cluster', 'size', 'keep', 'duplicates'], run.format));
    }
    if (typeof flags.output === 'string') {
      // This run's documents minus those a kept document (of any run) stands for.
      const drop = new Set(clusters.flatMap((c) => c.slice(1)));
      const out = createWriteStream(flags.output);
      for await (const d of readDocuments(positionals, { ...inputOptions(flags), warn: () => {} })) {
        if (!drop.has(d.key)) out.write(`${d.raw ?? JSON.stringify({ key: d.key, text: d.text })}\n`);
      }
      await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
    }
    if (!flags.quiet) {
      const secs = (Date.now() - started) / 1000;
      process.stderr.write(
        `simkit: ${read} documents read, ${documents} in the store, ${clusters.length} clusters, ${duplicates} duplicates` +
          ` in ${secs.toFixed(1)} s (${signer.threads} thread(s); LSH ${store.params.bands}×${store.params.rows};` +
          ` peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)\n`,
      );
    }
    return duplicates >= run.failOn ? 1 : 0;
  } finally {
    signer.close();
    await store.close();
  }
}
