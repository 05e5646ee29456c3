// The saved index of `simkit index`: "SKCI" · u32 header length · JSON header (the MinHash
// options) · SKLS index bytes (which carry their own version and checksum; the header is checked
// against them on load). Written crash-safely; read with every size checked against the file
// before anything is allocated from it.
import { type FileHandle, open } from 'node:fs/promises';
import { LshIndex, SimkitError, type MinHashOptions } from '../index.node.js';
import { minhashOptionsFromSaved, savedMinhashOptions } from '../minhash.js';
import { writeFileAtomic } from './atomic-write.js';
import { InputError } from './inputs.js';

const MAGIC = 'SKCI';
const VERSION = 1;
/** A header is a few hundred bytes; a larger length field means a foreign or damaged file. */
const MAX_HEADER_BYTES = 1 << 16;

export async function saveIndexFile(path: string, options: MinHashOptions, index: LshIndex): Promise<void> {
  const header = Buffer.from(
    JSON.stringify({ v: VERSION, minhash: { ...savedMinhashOptions(options), seed: String(options.seed) } }),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  await writeFileAtomic(path, Buffer.concat([Buffer.from(MAGIC), size, header, index.save()]));
}

function headerOptions(json: string): MinHashOptions | undefined {
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (header === null || typeof header !== 'object') return undefined;
  const { v, minhash } = header as { v?: unknown; minhash?: unknown };
  if (v !== VERSION || minhash === null || typeof minhash !== 'object' || Array.isArray(minhash)) return undefined;
  const seed = (minhash as { seed?: unknown }).seed;
  if (typeof seed !== 'string' || !/^\d{1,20}$/.test(seed)) return undefined;
  return { ...minhashOptionsFromSaved(minhash as Record<string, unknown>), seed: BigInt(seed) };
}

export async function loadIndexFile(path: string): Promise<{ options: MinHashOptions; index: LshIndex }> {
  const bad = (why: string) =>
    new SimkitError('CORRUPT_DATA', `${path}: not a simkit index file (${why}; build one with 'simkit index build')`);
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    const fixed = Buffer.alloc(8);
    if (info.size < fixed.length || (await file.read(fixed, 0, 8, 0)).bytesRead !== 8) throw bad('too short');
    if (fixed.subarray(0, 4).toString('latin1') !== MAGIC) throw bad('wrong magic bytes');
    const length = fixed.readUInt32LE(4);
    if (length > MAX_HEADER_BYTES || 8 + length > info.size) throw bad('truncated header');
    const rest = Buffer.alloc(info.size - 8);
    for (let got = 0; got < rest.length; ) {
      const { bytesRead } = await file.read(rest, got, rest.length - got, 8 + got);
      if (bytesRead === 0) throw bad('truncated while reading');
      got += bytesRead;
    }
    const options = headerOptions(rest.subarray(0, length).toString());
    if (!options) throw bad('bad header');
    let index: LshIndex;
    try {
      index = LshIndex.load(new Uint8Array(rest.buffer, rest.byteOffset + length, rest.length - length));
    } catch (e) {
      if (e instanceof SimkitError) throw new SimkitError(e.code, `${path}: ${e.message}`);
      throw e;
    }
    if (options.numPerm !== index.params.numPerm) {
      index.dispose();
      throw bad('header and index disagree');
    }
    return { options, index };
  } finally {
    await file.close();
  }
}
