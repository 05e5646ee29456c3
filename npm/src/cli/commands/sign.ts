// simkit sign <paths>: MinHash signatures of every document, as JSONL or binary.
import { once } from 'node:events';
import { MinHasher } from '../../index.node.js';
import { UsageError, type Parsed } from '../args.js';
import { AtomicFile } from '../atomic-write.js';
import { HELP_FLAG, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect, inputOptions } from '../common.js';
import { readDocuments } from '../inputs.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { BATCH, rows, Signer } from '../signing.js';

export const sign: Command = {
  name: 'sign',
  summary: 'MinHash signatures of documents, as JSONL or a binary file',
  help: `Usage: simkit sign <path>... [options]

Writes one JSON line per document: {"key", "numPerm", "scheme", "seed", "analyzer",
"ngramSize", "signature"} with the signature as base64 of little-endian uint32 slots ("shingle"
and "size", the deprecated names of analyzer and ngramSize, are written too until the next
minor version). With --binary, writes
the versioned, checksummed SKSG file (MinHasher.deserialize reads it) and the keys, in order,
to FILE.keys.json.

Options:
  --out FILE             write JSONL here instead of stdout
  --binary FILE          write the binary SKSG file instead of JSONL (not with --out)
${MINHASH_HELP}
${INPUT_HELP}

Examples:
  simkit sign corpus.jsonl --out signatures.jsonl
  simkit sign docs/ --scheme classic --num-perm 256 --binary docs.sksg`,
  // No --format: the output is JSONL or, with --binary, SKSG.
  flags: { ...HELP_FLAG, ...INPUT_FLAGS, ...MINHASH_FLAGS, out: { type: 'string' }, binary: { type: 'string' } },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length === 0) throw new UsageError('sign needs at least one file or directory');
    if (flags.out !== undefined && flags.binary !== undefined)
      throw new UsageError('--out and --binary are alternatives: give one');
    const options = minhashOptions(flags);
    if (typeof flags.binary === 'string') {
      const docs = await collect(positionals, flags);
      const hasher = new MinHasher(options);
      // Both files are complete on disk before either is renamed, so a failure changes neither.
      const files: AtomicFile[] = [];
      try {
        files.push(await AtomicFile.create(flags.binary));
        await files[0].write(hasher.serialize(hasher.signBatch(docs.map((d) => d.text))));
        files.push(await AtomicFile.create(`${flags.binary}.keys.json`));
        await files[1].write(JSON.stringify(docs.map((d) => d.key)));
        await AtomicFile.commitAll(files);
      } finally {
        for (const f of files) await f.abort();
      }
      process.stderr.write(`simkit: ${docs.length} signatures written to ${flags.binary}\n`);
      return 0;
    }
    const file = typeof flags.out === 'string' ? await AtomicFile.create(flags.out) : undefined;
    const emit = file
      ? (text: string) => file.write(text)
      : async (text: string) => {
          if (!process.stdout.write(text)) await once(process.stdout, 'drain');
        };
    const signer = new Signer(options, positionals.some((p) => p.endsWith('.jsonl')) ? 1e9 : 0);
    const meta = {
      numPerm: options.numPerm,
      scheme: options.scheme,
      seed: options.seed,
      analyzer: options.analyzer,
      ngramSize: options.ngramSize,
      // JSON readers get no deprecation warning: the old names stay for a minor version.
      shingle: options.analyzer,
      size: options.ngramSize,
    };
    const write = (keys: string[], flat: Uint32Array) =>
      emit(
        rows(flat, signer.numPerm)
          .map(
            (s, i) =>
              `${JSON.stringify({ key: keys[i], ...meta, signature: Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('base64') })}\n`,
          )
          .join(''),
      );
    try {
      let keys: string[] = [];
      let texts: string[] = [];
      // Batches are written in order: each waits for the one before it.
      let chain = Promise.resolve();
      for await (const d of readDocuments(positionals, inputOptions(flags))) {
        keys.push(d.key);
        texts.push(d.text);
        if (texts.length === BATCH) {
          const [k, signed] = [keys, signer.sign(texts)];
          chain = chain.then(async () => write(k, await signed));
          chain.catch(() => {}); // handled: awaited below (a failed write must not crash meanwhile)
          keys = [];
          texts = [];
        }
      }
      if (texts.length) {
        const [k, signed] = [keys, signer.sign(texts)];
        chain = chain.then(async () => write(k, await signed));
      }
      await chain;
      await file?.commit();
    } finally {
      signer.close();
      await file?.abort();
    }
    return 0;
  },
};
