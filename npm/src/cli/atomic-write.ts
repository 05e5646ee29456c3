// Crash-safe output files, the one place the CLI writes files. Bytes go to a temporary file in
// the target's directory (.NAME.simkit-tmp-<pid>-<random>), which is fsync'd, renamed over the
// target only once complete, and the directory is fsync'd so the new name survives a power cut.
// A kill, crash or full disk at any instant leaves the complete old file or the complete new one;
// on a failure the temporary file is removed and the target is untouched.
import { randomBytes } from 'node:crypto';
import { unlinkSync, type Stats } from 'node:fs';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file could not be written; the message names it, the cause, and what is left on disk. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

/** Marks temporary files, so a leftover of a killed run is recognisable (and safe to delete). */
export const TEMP_MARK = '.simkit-tmp-';

/** Bytes gathered before one write(2): many small lines cost one system call. */
const BUFFER_BYTES = 1 << 16;

// Temporary files not yet renamed or removed: deleted on Ctrl-C, SIGTERM, SIGHUP and exit.
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeLive(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal); // now with the default action: die by this signal
}

let cleanupInstalled = false;
function track(path: string): void {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', removeLive);
  }
  live.add(path);
}

// Test hook (tests/js/crash-safety.test.js): stop at one point of the first write, so a test can
// SIGKILL the process there: after N bytes reached the temporary file, or just before or after
// the rename. Unset in normal use.
const PAUSE = process.env.SIMKIT_TEST_PAUSE_WRITE;
const pauseBytes = PAUSE !== undefined && /^\d+$/.test(PAUSE) ? Number(PAUSE) : undefined;
let paused = false;

async function pauseForTest(stage: string, temp: string): Promise<void> {
  if (paused) return;
  paused = true;
  process.stderr.write(`simkit: test pause ${stage} ${temp}\n`);
  await new Promise(() => setInterval(() => {}, 1 << 30));
}

/** "no space left on device" from Node's "ENOSPC: no space left on device, write". */
function causeOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const described = /^[A-Z0-9_]+: ([^,]+),/.exec(err?.message ?? '');
  return described ? described[1] : (err?.code ?? String(err?.message ?? e));
}

/**
 * An output file being written. `write` as often as needed, then `commit` (the target appears,
 * complete) or `abort` (nothing changes). Targets that are not regular files (/dev/null, a FIFO,
 * a terminal) cannot be replaced and are written directly.
 */
export class AtomicFile {
  /** The path as the user gave it, for messages. */
  readonly target: string;
  #handle: FileHandle;
  /** The temporary file, or null when writing a device or FIFO directly. */
  #temp: string | null;
  #final: string;
  #existed: boolean;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #written = 0;
  #state: 'open' | 'committed' | 'aborted' = 'open';
  /** Writes run one after another even if a caller does not await each. */
  #tail: Promise<void> = Promise.resolve();

  private constructor(target: string, handle: FileHandle, temp: string | null, final: string, existed: boolean) {
    this.target = target;
    this.#handle = handle;
    this.#temp = temp;
    this.#final = final;
    this.#existed = existed;
  }

  static async create(target: string): Promise<AtomicFile> {
    if (typeof target !== 'string' || target === '')
      throw new WriteError('cannot write: the output file name is empty');
    let final = target;
    let existing: Stats | undefined;
    try {
      existing = await stat(target);
      final = await realpath(target); // replace the file a symlink points to, not the link
    } catch {
      /* a new file */
    }
    const fail = (e: unknown) =>
      new WriteError(
        `cannot write ${target}: ${causeOf(e)} (${existing ? 'the previous file is unchanged' : 'no file was created'})`,
      );
    if (existing?.isDirectory()) throw new WriteError(`cannot write ${target}: it is a directory`);
    if (existing && !existing.isFile()) {
      try {
        return new AtomicFile(target, await open(target, 'w'), null, final, true);
      } catch (e) {
        throw fail(e);
      }
    }
    const temp = join(
      dirname(final),
      `.${basename(final).slice(0, 180)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    let handle: FileHandle;
    try {
      handle = await open(temp, 'wx', 0o666);
    } catch (e) {
      throw fail(e);
    }
    track(temp);
    const file = new AtomicFile(target, handle, temp, final, existing !== undefined);
    if (existing) {
      // Keep the replaced file's permissions (and owner, where allowed).
      try {
        await handle.chmod(existing.mode & 0o7777);
      } catch (e) {
        await file.abort();
        throw fail(e);
      }
      try {
        await handle.chown(existing.uid, existing.gid);
      } catch {
        /* not ours to give away */
      }
    }
    return file;
  }

  /** Appends text (as UTF-8) or bytes. A failure removes the temporary file and throws WriteError. */
  write(data: string | Uint8Array): Promise<void> {
    const next = this.#tail.then(() => this.#write(data));
    this.#tail = next.catch(() => {});
    return next;
  }

  /**
   * For writers that need a path (a database's COPY TO, or reading back what was written): the
   * file being written, with everything written so far in it. commit() renames what is there.
   */
  async path(): Promise<string> {
    await this.#tail;
    if (this.#state !== 'open') throw new Error(`simkit: ${this.target} was already ${this.#state}`);
    try {
      await this.#flush();
    } catch (e) {
      throw await this.#failed(e);
    }
    return this.#temp ?? this.#final;
  }

  /** Flushes, renames the temporary file over the target, and makes the rename durable. */
  commit(): Promise<void> {
    return AtomicFile.commitAll([this]);
  }

  /**
   * Commits files that belong together: all are complete on disk before the first rename, so a
   * failure while writing any of them leaves every target as it was.
   */
  static async commitAll(files: AtomicFile[]): Promise<void> {
    try {
      for (const f of files) await f.#finish();
    } catch (e) {
      for (const f of files) await f.abort();
      throw e;
    }
    for (const f of files) await f.#rename();
    for (const f of files) if (f.#temp !== null) await syncDirectory(f.#final, f.target);
  }

  /** Everything but the rename: flushed, fsync'd, closed. */
  async #finish(): Promise<void> {
    await this.#tail;
    if (this.#state !== 'open') throw new Error(`simkit: ${this.target} was already ${this.#state}`);
    try {
      await this.#flush();
      if (this.#temp !== null) await this.#handle.sync();
      await this.#handle.close();
    } catch (e) {
      throw await this.#failed(e);
    }
  }

  async #rename(): Promise<void> {
    if (this.#temp !== null) {
      if (PAUSE === 'before-rename') await pauseForTest('before-rename', this.#temp);
      try {
        await rename(this.#temp, this.#final);
      } catch (e) {
        throw await this.#failed(e);
      }
      live.delete(this.#temp);
    }
    this.#state = 'committed';
    if (this.#temp !== null && PAUSE === 'after-rename') await pauseForTest('after-rename', this.#temp);
  }

  /** Removes the temporary file; the target stays as it was. Safe to call more than once. */
  async abort(): Promise<void> {
    await this.#tail;
    await this.#discard();
  }

  async #discard(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'aborted';
    await this.#handle.close().catch(() => {});
    if (this.#temp !== null) {
      await unlink(this.#temp).catch(() => {});
      live.delete(this.#temp);
    }
  }

  async #write(data: string | Uint8Array): Promise<void> {
    if (this.#state !== 'open') throw new Error(`simkit: ${this.target} was already ${this.#state}`);
    let bytes =
      typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    try {
      if (
        pauseBytes !== undefined &&
        !paused &&
        this.#temp !== null &&
        this.#written + this.#pendingBytes + bytes.length > pauseBytes
      ) {
        const room = pauseBytes - this.#written - this.#pendingBytes;
        this.#queue(bytes.subarray(0, room));
        await this.#flush();
        await pauseForTest(`at ${pauseBytes} bytes`, this.#temp);
        bytes = bytes.subarray(room);
      }
      this.#queue(bytes);
      if (this.#pendingBytes >= BUFFER_BYTES) await this.#flush();
    } catch (e) {
      throw await this.#failed(e);
    }
  }

  #queue(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
  }

  async #flush(): Promise<void> {
    if (this.#pendingBytes === 0) return;
    const chunk = this.#pending.length === 1 ? this.#pending[0] : Buffer.concat(this.#pending, this.#pendingBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    for (let offset = 0; offset < chunk.length; ) {
      const { bytesWritten } = await this.#handle.write(chunk, offset, chunk.length - offset);
      offset += bytesWritten;
    }
    this.#written += chunk.length;
  }

  /** Cleans up after an error and returns the error to throw. */
  async #failed(e: unknown): Promise<Error> {
    if (e instanceof WriteError || this.#state !== 'open') return e as Error;
    await this.#discard(); // not abort(): this runs inside the write chain abort() waits for
    const left =
      this.#temp === null ? '' : ` (${this.#existed ? 'the previous file is unchanged' : 'no file was created'})`;
    return new WriteError(`cannot write ${this.target}: ${causeOf(e)}${left}`);
  }
}

/** fsync of the directory, so the renamed entry survives a power cut (where the FS allows it). */
async function syncDirectory(final: string, target: string): Promise<void> {
  let dir: FileHandle | undefined;
  try {
    dir = await open(dirname(final), 'r');
    await dir.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EISDIR' && code !== 'EBADF') {
      throw new WriteError(
        `cannot write ${target}: ${causeOf(e)} while flushing its directory (the new file is in place but may not survive a power cut)`,
      );
    }
  } finally {
    await dir?.close().catch(() => {});
  }
}

/** Runs `fill` on a new AtomicFile and commits it; if `fill` throws, nothing changes on disk. */
export async function withAtomicFile<T>(target: string, fill: (file: AtomicFile) => Promise<T>): Promise<T> {
  const file = await AtomicFile.create(target);
  try {
    const result = await fill(file);
    await file.commit();
    return result;
  } catch (e) {
    await file.abort();
    throw e;
  }
}

/** Writes a whole file crash-safely. */
export function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  return withAtomicFile(target, (file) => file.write(data));
}
