// simkit dedup <paths>: clusters of near-duplicate documents (MinHash + LSH), optionally
// writing the deduplicated collection as JSONL.
import { LshIndex } from '../../index.node.js';
import { choiceFlag, numberFlag, UsageError, type Parsed } from '../args.js';
import { withAtomicFile } from '../atomic-write.js';
import { COMMON_FLAGS, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { inputOptions } from '../common.js';
import { readDocuments } from '../inputs.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { render, type Format } from '../output.js';
import { Signer, signInOrder } from '../signing.js';
import { dedupIntoStore } from './dedup-store.js';

export const dedup: Command = {
  name: 'dedup',
  summary: 'clusters of near-duplicate documents; write the deduplicated JSONL',
  help: `Usage: simkit dedup <path>... [options]

Signs every document with MinHash, indexes the signatures with LSH tuned for the threshold,
and reports clusters of near-duplicates (estimated Jaccard >= threshold). Large inputs are
streamed and signed on all cores.

Options:
  --threshold X          Jaccard similarity of near-duplicates (default 0.8)
  --output FILE          write the kept documents as JSONL (the first of each cluster and all
                         unique ones; JSONL input lines are copied unchanged)
  --format table|json|csv  clusters on stdout (default table)
  --fail-on N            exit 1 when N or more documents are duplicates
  --quiet                no summary on stderr
  --store LOCATION       keep the index in a database instead of memory: duckdb:FILE or
                         postgres://...; runs over several shards add up, a document (key)
                         already stored is replaced, clusters cover everything stored
  --store-memory SIZE    DuckDB store: the most memory DuckDB may use, e.g. 512MB or 2GB
                         (default 1GB); past it, it spills to FILE.tmp
${MINHASH_HELP}
${INPUT_HELP}

Examples:
  simkit dedup corpus.jsonl --field text --threshold 0.85 --output unique.jsonl
  simkit dedup notes/ --include '*.md' --format json > clusters.json
  simkit dedup shard-001.jsonl --store duckdb:corpus.duckdb`,
  flags: {
    ...COMMON_FLAGS,
    ...INPUT_FLAGS,
    ...MINHASH_FLAGS,
    threshold: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    quiet: { type: 'boolean' },
    store: { type: 'string' },
    'store-memory': { type: 'string' },
  },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length === 0) throw new UsageError('dedup needs at least one file or directory');
    const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
    const threshold = numberFlag(flags, 'threshold', 0.8, 0.01, 0.99);
    const failOn = numberFlag(flags, 'fail-on', Infinity, 1, Number.MAX_SAFE_INTEGER, true);
    const options = minhashOptions(flags);
    if (typeof flags['store-memory'] === 'string' && typeof flags.store !== 'string')
      throw new UsageError('--store-memory needs --store duckdb:FILE');
    if (typeof flags.store === 'string')
      return dedupIntoStore(
        { flags, positionals },
        { location: flags.store, threshold, minhash: options, format, failOn },
      );
    const started = Date.now();
    const keys: string[] = [];
    const index = new LshIndex({ threshold, numPerm: options.numPerm });
    const signer = Signer.forInputs(options, positionals);
    try {
      await signInOrder(readDocuments(positionals, inputOptions(flags)), signer, (docs, sigs) => {
        index.insertMany(
          docs.map((_, i) => String(keys.length + i)),
          sigs,
        );
        for (const d of docs) keys.push(d.key);
      });
      const clusters = index
        .duplicates()
        .map((c) => c.map(Number).sort((a, b) => a - b))
        .sort((a, b) => a[0] - b[0]);
      const duplicates = clusters.reduce((n, c) => n + c.length - 1, 0);
      const rowsOut = clusters.map((c, i) => ({
        cluster: i + 1,
        size: c.length,
        keep: keys[c[0]],
        duplicates: c
          .slice(1)
          .map((j) => keys[j])
          .join(' '),
      }));
      if (format === 'json')
        process.stdout.write(
          `${JSON.stringify({ documents: keys.length, duplicates, threshold, clusters: clusters.map((c) => c.map((j) => keys[j])) }, null, 2)}\n`,
        );
      else process.stdout.write(render(rowsOut, ['cluster', 'size', 'keep', 'duplicates'], format));
      if (typeof flags.output === 'string') {
        const drop = new Set<number>();
        for (const c of clusters) for (const j of c.slice(1)) drop.add(j);
        // The file gets its name only once every kept document is in it.
        await withAtomicFile(flags.output, async (out) => {
          let i = 0;
          for await (const d of readDocuments(positionals, {
            ...inputOptions(flags),
            warn: () => {},
            onRead: undefined,
            unread: undefined,
          })) {
            if (!drop.has(i++)) await out.write(`${d.raw ?? JSON.stringify({ key: d.key, text: d.text })}\n`);
          }
        });
      }
      if (!flags.quiet) {
        const secs = (Date.now() - started) / 1000;
        process.stderr.write(
          `simkit: ${keys.length} documents, ${clusters.length} clusters, ${duplicates} duplicates` +
            ` in ${secs.toFixed(1)} s (${signer.threads} thread(s); LSH ${index.params.bands}×${index.params.rows};` +
            ` index ${(index.memoryBytes / Math.max(1, keys.length)).toFixed(0)} B/doc; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)\n`,
        );
      }
      return duplicates >= failOn ? 1 : 0;
    } finally {
      signer.close();
      index.dispose();
    }
  },
};
