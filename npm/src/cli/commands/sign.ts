// simkit sign <paths>: MinHash signatures of every document, as JSONL or binary.
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { MinHasher } from '../../index.node.js';
import { UsageError, type Parsed } from '../args.js';
import { HELP_FLAG, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect, inputOptions } from '../common.js';
import { readDocuments } from '../inputs.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { BATCH, rows, Signer } from '../signing.js';

export const sign: Command = {
  name: 'sign',
  summary: 'MinHash signatures of documents, as JSONL or a binary file',
  help: `Usage: simkit sign <path>... [options]

Writes one JSON line per document: {"key", "numPerm", "scheme", "seed", "shingle", "size",
"signature"} with the signature as base64 of little-endian uint32 slots. With --binary, writes
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
    if (flags.out !== undefined && flags.binary !== undefined) throw new UsageError('--out and --binary are alternatives: give one');
    const options = minhashOptions(flags);
    if (typeof flags.binary === 'string') {
      const docs = await collect(positionals, flags);
      const hasher = new MinHasher(options);
      await writeFile(flags.binary, hasher.serialize(hasher.signBatch(docs.map((d) => d.text))));
      await writeFile(`${flags.binary}.keys.json`, JSON.stringify(docs.map((d) => d.key)));
      process.stderr.write(`simkit: ${docs.length} signatures written to ${flags.binary}\n`);
      return 0;
    }
    const out = typeof flags.out === 'string' ? createWriteStream(flags.out) : process.stdout;
    const signer = new Signer(options, positionals.some((p) => p.endsWith('.jsonl')) ? 1e9 : 0);
    const meta = { numPerm: options.numPerm, scheme: options.scheme, seed: options.seed, shingle: options.shingle, size: options.shingleSize };
    const write = (keys: string[], flat: Uint32Array) => {
      rows(flat, signer.numPerm).forEach((s, i) => {
        out.write(`${JSON.stringify({ key: keys[i], ...meta, signature: Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('base64') })}\n`);
      });
    };
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
          keys = [];
          texts = [];
        }
      }
      if (texts.length) {
        const [k, signed] = [keys, signer.sign(texts)];
        chain = chain.then(async () => write(k, await signed));
      }
      await chain;
    } finally {
      signer.close();
      if (out !== process.stdout) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(done));
    }
    return 0;
  },
};
