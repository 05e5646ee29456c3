// simkit index build|query: a saved LSH index of MinHash signatures, built once and queried
// with new documents later.
import { LshIndex, MinHasher } from '../../index.node.js';
import { choiceFlag, numberFlag, rejectFlags, renamedFlag, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect, uniqueDocuments } from '../common.js';
import { loadIndexFile, saveIndexFile } from '../index-file.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { render, type Format } from '../output.js';
import { Signer, signInOrder } from '../signing.js';

export const index: Command = {
  name: 'index',
  summary: 'build a saved near-duplicate index, or query one with new documents',
  help: `Usage: simkit index build <path>... --out FILE [options]
       simkit index query FILE <path>... [options]

build: signs every document (MinHash; large inputs are streamed and signed on all cores) and
saves an LSH index (with the MinHash options, keys and a checksum) to FILE. query: finds, for
each document given, the indexed documents whose estimated Jaccard similarity is at least
--threshold (by default the one the index was built for).

Options:
  --out FILE             (build) where to save the index
  --threshold X          (build) similarity the LSH bands are tuned for (default 0.8);
                         (query) report matches at or above X (default: the build threshold)
  --min-similarity X     (query) deprecated name of --threshold
  --limit N              (query) at most N matches per document
  --format table|json|csv  (query) output (default table)
${MINHASH_HELP}
${INPUT_HELP}

Examples:
  simkit index build archive/ --out archive.skindex --threshold 0.85
  simkit index query archive.skindex new-posts.jsonl --format csv`,
  flags: {
    ...COMMON_FLAGS,
    ...INPUT_FLAGS,
    ...MINHASH_FLAGS,
    out: { type: 'string' },
    threshold: { type: 'string' },
    'min-similarity': { type: 'string' }, // deprecated: --threshold (query)
    limit: { type: 'string' },
  },
  async run({ flags, positionals }: Parsed) {
    const [action, ...rest] = positionals;
    if (action === 'build') {
      rejectFlags(flags, ['min-similarity', 'limit', 'format'], "applies to 'index query'");
      if (rest.length === 0 || typeof flags.out !== 'string')
        throw new UsageError('index build needs documents and --out FILE');
      const options = minhashOptions(flags);
      const threshold = numberFlag(flags, 'threshold', 0.8, 0.01, 0.99);
      const idx = new LshIndex({ threshold, numPerm: options.numPerm });
      const signer = Signer.forInputs(options, rest);
      try {
        // In input order, so the saved bytes do not depend on how many threads signed.
        const count = await signInOrder(uniqueDocuments(rest, flags), signer, (docs, sigs) =>
          idx.insertMany(
            docs.map((d) => d.key),
            sigs,
          ),
        );
        await saveIndexFile(flags.out, options, idx);
        process.stderr.write(
          `simkit: indexed ${count} documents (LSH ${idx.params.bands}×${idx.params.rows}) into ${flags.out}\n`,
        );
      } finally {
        signer.close();
        idx.dispose();
      }
      return 0;
    }
    if (action === 'query') {
      renamedFlag(flags, 'threshold', 'min-similarity');
      rejectFlags(
        flags,
        ['out', ...Object.keys(MINHASH_FLAGS)],
        "applies to 'index build' (a query uses the index's saved options)",
      );
      if (rest.length < 2) throw new UsageError('index query needs an index file and documents');
      const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
      const { options, index: idx } = await loadIndexFile(rest[0]);
      try {
        const threshold = numberFlag(flags, 'threshold', idx.params.threshold, 0, 1);
        const limit = numberFlag(flags, 'limit', 0, 0, 2 ** 32 - 1, true);
        const docs = await collect(rest.slice(1), flags);
        const sigs = new MinHasher(options).signBatch(docs.map((d) => d.text));
        const out: Array<Record<string, unknown>> = [];
        docs.forEach((d, i) => {
          for (const m of idx.query(sigs[i], limit ? { threshold, limit } : { threshold })) {
            out.push({ query: d.key, match: m.key, similarity: m.similarity });
          }
        });
        process.stdout.write(render(out, ['query', 'match', 'similarity'], format));
      } finally {
        idx.dispose();
      }
      return 0;
    }
    throw new UsageError("index needs 'build' or 'query'");
  },
};
