// simkit sign <paths>: MinHash signatures of every document, as JSONL or binary.
import { once } from 'node:events';
import { MinHasher } from '../../index.node.js';
import { rejectFlags, UsageError, type Parsed } from '../args.js';
import { AtomicFile } from '../atomic-write.js';
import { HELP_FLAG, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect, inputOptions } from '../common.js';
import { BAND_HEADER, bandLines, bandOptions, parquetWriter } from '../band-rows.js';
import { readDocuments, type Document } from '../inputs.js';
import { MINHASH_FLAGS, MINHASH_HELP, minhashOptions } from '../minhash-flags.js';
import { Signer, signInOrder } from '../signing.js';

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

With --bands, writes instead the LSH band keys of every document as rows (id, band, key), with
exactly the bands × rows an index tuned for --threshold uses: two documents are near-duplicate
candidates when they share a key in the same band. Any SQL engine can join them (docs/SCALE.md).

Options:
  --out FILE             write JSONL (or the band rows) here instead of stdout
  --binary FILE          write the binary SKSG file instead of JSONL (not with --out)
  --bands                write band-key rows instead of signatures
  --format csv|parquet   (--bands) CSV with a header (default), or Parquet (needs --out and the
                         package @duckdb/node-api)
  --threshold X          (--bands) similarity the bands are tuned for (default 0.8)
${MINHASH_HELP}
${INPUT_HELP}

Examples:
  simkit sign corpus.jsonl --out signatures.jsonl
  simkit sign docs/ --scheme classic --num-perm 256 --binary docs.sksg
  simkit sign corpus.jsonl --bands --format parquet --out bands.parquet`,
  flags: {
    ...HELP_FLAG,
    ...INPUT_FLAGS,
    ...MINHASH_FLAGS,
    out: { type: 'string' },
    binary: { type: 'string' },
    bands: { type: 'boolean' },
    // Only with --bands: the signatures themselves are JSONL or, with --binary, SKSG.
    format: { type: 'string' },
    threshold: { type: 'string' },
  },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length === 0) throw new UsageError('sign needs at least one file or directory');
    if (flags.out !== undefined && flags.binary !== undefined)
      throw new UsageError('--out and --binary are alternatives: give one');
    if (flags.bands === true) rejectFlags(flags, ['binary'], 'and --bands are alternatives: give one');
    else rejectFlags(flags, ['format', 'threshold'], 'applies to --bands');
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
    const bands = flags.bands === true ? bandOptions(flags, options) : undefined;
    const lsh = bands?.lsh;
    const toParquet = bands?.format === 'parquet' ? await parquetWriter() : undefined;
    // Parquet is converted from CSV staged beside it, the same rows streamed as for --format csv.
    const file = typeof flags.out === 'string' ? await AtomicFile.create(flags.out) : undefined;
    const emit = file
      ? (text: string) => file.write(text)
      : async (text: string) => {
          if (!process.stdout.write(text)) await once(process.stdout, 'drain');
        };
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
    const lines = (docs: Document[], sigs: Uint32Array[]) =>
      lsh
        ? bandLines(
            docs.map((d) => d.key),
            sigs,
            lsh,
          )
        : sigs
            .map(
              (s, i) =>
                `${JSON.stringify({ key: docs[i].key, ...meta, signature: Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('base64') })}\n`,
            )
            .join('');
    const signer = Signer.forInputs(options, positionals);
    let parquet: AtomicFile | undefined;
    try {
      if (lsh) await emit(BAND_HEADER);
      const count = await signInOrder(readDocuments(positionals, inputOptions(flags)), signer, (docs, sigs) =>
        emit(lines(docs, sigs)),
      );
      if (toParquet && file) {
        parquet = await AtomicFile.create(file.target);
        await toParquet(file, parquet);
        await parquet.commit();
      } else await file?.commit();
      if (lsh && file)
        process.stderr.write(
          `simkit: band keys of ${count} documents (LSH ${lsh.bands}×${lsh.rows}) written to ${file.target}\n`,
        );
    } finally {
      signer.close();
      await file?.abort();
      await parquet?.abort();
    }
    return 0;
  },
};
