// simkit index build|query: a saved LSH index of MinHash signatures, built once and queried
// with new documents later.
import { readFile, writeFile } from 'node:fs/promises';
import { LshIndex, MinHasher, SimkitError, type MinHashOptions } from '../../index.node.js';
import { choiceFlag, numberFlag, rejectFlags, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect } from '../common.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { render, type Format } from '../output.js';

// File layout: "SKCI" · u32 header length · JSON header (the MinHash options) · SKLS index bytes
// (which carry their own version and checksum; the header is checked against them on load).
const MAGIC = 'SKCI';

async function save(path: string, options: MinHashOptions, index: LshIndex): Promise<void> {
  const header = Buffer.from(JSON.stringify({ v: 1, minhash: { ...options, seed: String(options.seed) } }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  await writeFile(path, Buffer.concat([Buffer.from(MAGIC), size, header, index.save()]));
}

async function load(path: string): Promise<{ options: MinHashOptions; index: LshIndex }> {
  const bytes = await readFile(path).catch((e) => { throw new UsageError(`${path}: cannot read (${e.code ?? e.message})`); });
  const bad = () => new SimkitError('CORRUPT_DATA', `${path}: not a simkit index file (build one with 'simkit index build')`);
  if (bytes.length < 8 || bytes.subarray(0, 4).toString() !== MAGIC) throw bad();
  const length = bytes.readUInt32LE(4);
  if (8 + length > bytes.length) throw bad();
  let header: { v: number; minhash: MinHashOptions & { seed: string } };
  try { header = JSON.parse(bytes.subarray(8, 8 + length).toString()); } catch { throw bad(); }
  const index = LshIndex.load(new Uint8Array(bytes.buffer, bytes.byteOffset + 8 + length, bytes.length - 8 - length));
  const options = { ...header.minhash, seed: BigInt(header.minhash.seed) };
  if (options.numPerm !== index.params.numPerm) throw bad();
  return { options, index };
}

export const index: Command = {
  name: 'index',
  summary: 'build a saved near-duplicate index, or query one with new documents',
  help: `Usage: simkit index build <path>... --out FILE [options]
       simkit index query FILE <path>... [options]

build: signs every document (MinHash) and saves an LSH index (with the MinHash options, keys
and a checksum) to FILE. query: finds, for each document given, the indexed documents whose
estimated Jaccard similarity is at least --min-similarity.

Options:
  --out FILE             (build) where to save the index
  --threshold X          (build) similarity the LSH bands are tuned for (default 0.8)
  --min-similarity X     (query) report matches at or above X (default: the build threshold)
  --limit N              (query) at most N matches per document
  --format table|json|csv  (query) output (default table)
${MINHASH_HELP}
${INPUT_HELP}

Examples:
  simkit index build archive/ --out archive.skindex --threshold 0.85
  simkit index query archive.skindex new-posts.jsonl --format csv`,
  flags: { ...COMMON_FLAGS, ...INPUT_FLAGS, ...MINHASH_FLAGS, out: { type: 'string' }, threshold: { type: 'string' },
    'min-similarity': { type: 'string' }, limit: { type: 'string' } },
  async run({ flags, positionals }: Parsed) {
    const [action, ...rest] = positionals;
    if (action === 'build') {
      rejectFlags(flags, ['min-similarity', 'limit', 'format'], "applies to 'index query'");
      if (rest.length === 0 || typeof flags.out !== 'string') throw new UsageError('index build needs documents and --out FILE');
      const options = minhashOptions(flags);
      const threshold = numberFlag(flags, 'threshold', 0.8, 0.01, 0.99);
      const docs = await collect(rest, flags);
      const idx = new LshIndex({ threshold, numPerm: options.numPerm });
      try {
        idx.insertMany(docs.map((d) => d.key), new MinHasher(options).signBatch(docs.map((d) => d.text)));
        await save(flags.out, options, idx);
        process.stderr.write(`simkit: indexed ${docs.length} documents (LSH ${idx.params.bands}×${idx.params.rows}) into ${flags.out}\n`);
      } finally {
        idx.dispose();
      }
      return 0;
    }
    if (action === 'query') {
      rejectFlags(flags, ['out', 'threshold', ...Object.keys(MINHASH_FLAGS)], "applies to 'index build' (a query uses the index's saved options)");
      if (rest.length < 2) throw new UsageError('index query needs an index file and documents');
      const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
      const { options, index: idx } = await load(rest[0]);
      try {
        const min = numberFlag(flags, 'min-similarity', idx.params.threshold, 0, 1);
        const limit = numberFlag(flags, 'limit', 0, 0, 2 ** 32 - 1, true);
        const docs = await collect(rest.slice(1), flags);
        const sigs = new MinHasher(options).signBatch(docs.map((d) => d.text));
        const out: Array<Record<string, unknown>> = [];
        docs.forEach((d, i) => {
          for (const m of idx.query(sigs[i], limit ? { minSimilarity: min, limit } : { minSimilarity: min })) {
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
