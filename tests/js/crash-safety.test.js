// Crash safety of every file the CLI writes, by real fault injection: a full file system (a small
// tmpfs; `ulimit -f` where mounting is not permitted) and SIGKILL at chosen points of a write
// (the SIMKIT_TEST_PAUSE_WRITE hook stops the writer there). Afterwards each target is the
// complete old file or the complete new one, and no temporary file is left by a finished run.
// strace checks the order of the system calls a power cut depends on (fsync, rename, fsync).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { init, LshIndex, MinHasher } from 'simkit';
import { loadIndexFile } from '../../npm/dist/cli/index-file.js';
import { syntheticWriter } from './helpers.mjs';

await init();

const cli = new URL('../../npm/dist/cli/main.js', import.meta.url).pathname;
const TEMP_NAME = /^\..+\.simkit-tmp-\d+-[0-9a-f]{8}$/;
let work;

/** Children still running: a failed assertion must not leave a paused CLI behind. */
const running = new Set();

/** Runs the CLI; `ulimitBlocks` caps the size of files it writes (bash's 1024-byte blocks). */
function start(args, { cwd, env = {}, ulimitBlocks } = {}) {
  const argv =
    ulimitBlocks === undefined
      ? [process.execPath, cli, ...args]
      : ['bash', '-c', `ulimit -f ${ulimitBlocks}; exec "$0" "$@"`, process.execPath, cli, ...args];
  const child = spawn(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

function finished(child) {
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
}

const run = (args, options) => finished(start(args, options));

async function ok(args, options) {
  const r = await run(args, options);
  assert.equal(r.code, 0, `simkit ${args.join(' ')}: ${r.err}`);
  return r;
}

/** Starts the CLI with the pause hook and waits (30 s at most) until it stops at that point. */
async function paused(args, cwd, point) {
  const child = start(args, { cwd, env: { SIMKIT_TEST_PAUSE_WRITE: point } });
  const done = finished(child);
  let err = '';
  const temp = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no pause at ${point} within 30 s: ${err}`));
    }, 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /simkit: test pause .+ (\S+)\n/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`exited before the pause at ${point}: ${err}`));
    });
  });
  return { child, done, temp };
}

const temps = (dir) => readdirSync(dir).filter((f) => f.includes('.simkit-tmp-'));

/** A killed run's temporary files (harmless; a user may delete them): recognisable, then removed. */
function removeLeftovers(dir, pid) {
  for (const f of temps(dir).filter((name) => name.includes(`.simkit-tmp-${pid}-`))) {
    assert.match(f, TEMP_NAME);
    rmSync(join(dir, f));
  }
}

/** Every file of an output kind, as bytes (null when absent). */
function snapshot(dir, kind) {
  return Object.fromEntries(kind.files.map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : null]));
}

// Every output kind of the CLI: `v` picks the old (A) or new (B) input, `f` is the target.
const KINDS = [
  {
    name: 'index build --out',
    files: ['corpus.skindex'],
    args: (v, f) => ['index', 'build', join(work, `in${v}`), '--out', f],
  },
  { name: 'sign --out', files: ['signatures.jsonl'], args: (v, f) => ['sign', join(work, `in${v}`), '--out', f] },
  {
    name: 'sign --binary',
    files: ['signatures.sksg', 'signatures.sksg.keys.json'],
    args: (v, f) => ['sign', join(work, `in${v}`), '--binary', f],
  },
  {
    name: 'dedup --output',
    files: ['unique.jsonl'],
    args: (v, f) => ['dedup', join(work, `in${v}.jsonl`), '--output', f, '--quiet'],
  },
  {
    name: 'plagiarism --report',
    files: ['report.html'],
    args: (v, f) => ['plagiarism', join(work, `in${v}`), '--report', f],
  },
  {
    name: 'plagiarism --json',
    files: ['report.json'],
    args: (v, f) => ['plagiarism', join(work, `in${v}`), '--json', f],
  },
  {
    name: 'author --answers',
    files: ['answers.jsonl'],
    args: (v, f) => ['author', '--pairs', join(work, `pairs${v}.jsonl`), '--method', 'cosine', '--answers', f],
  },
];

/** The old (input A) and new (input B) bytes of a kind's files, from real runs (made once). */
const made = new Map();
function versions(kind) {
  if (!made.has(kind.name)) {
    made.set(
      kind.name,
      (async () => {
        const [a, b] = [mkdtempSync(join(work, 'old-')), mkdtempSync(join(work, 'new-'))];
        await Promise.all([
          ok(kind.args('A', kind.files[0]), { cwd: a }),
          ok(kind.args('B', kind.files[0]), { cwd: b }),
        ]);
        const old = snapshot(a, kind);
        const neu = snapshot(b, kind);
        for (const f of kind.files) {
          assert.ok(old[f] && neu[f], `${kind.name}: ${f} written`);
          assert.notDeepEqual(old[f], neu[f], `${kind.name}: the inputs give different ${f}`);
        }
        assert.deepEqual([...temps(a), ...temps(b)], [], 'a finished run leaves no temporary file');
        return { old, neu };
      })(),
    );
  }
  return made.get(kind.name);
}

/** A new folder (in `parent`) holding the kind's old files, and the bytes of the new ones. */
async function oldAndNew(kind, parent = work) {
  const { old, neu } = await versions(kind);
  const dir = mkdtempSync(join(parent, 'out-'));
  for (const f of kind.files) writeFileSync(join(dir, f), old[f]);
  return { dir, old, neu };
}

/** Each file is the complete old or the complete new version, never a mix. */
function assertOldOrNew(dir, kind, old, neu, where) {
  const now = snapshot(dir, kind);
  for (const f of kind.files)
    assert.ok(
      now[f].equals(old[f]) || now[f].equals(neu[f]),
      `${kind.name} ${where}: ${f} is neither the old nor the new file`,
    );
  return now;
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'simkit-crash-'));
  const write = syntheticWriter(7);
  for (const [v, count, words] of [
    ['A', 30, 60],
    ['B', 150, 90],
  ]) {
    mkdirSync(join(work, `in${v}`));
    const texts = [];
    // Each text copies a passage of the one before it: plagiarism has pairs to report.
    for (let i = 0; i < count; ++i)
      texts.push(`${v} text ${i}: ${write(words)} ${i ? texts[i - 1].split(' ').slice(3, 33).join(' ') : ''}`);
    texts.forEach((t, i) => writeFileSync(join(work, `in${v}`, `doc${String(i).padStart(3, '0')}.txt`), t));
    // Every fifth document again, lightly edited: dedup has something to drop.
    const rows = [...texts, ...texts.filter((_, i) => i % 5 === 0).map((t) => `${t} again`)];
    writeFileSync(
      join(work, `in${v}.jsonl`),
      `${rows.map((text, i) => JSON.stringify({ id: `${v}${i}`, text })).join('\n')}\n`,
    );
    const pairs = Array.from({ length: v === 'A' ? 40 : 700 }, (_, i) =>
      JSON.stringify({ id: `${v}-pair-${i}`, pair: [write(25), write(25)] }),
    );
    writeFileSync(join(work, `pairs${v}.jsonl`), `${pairs.join('\n')}\n`);
  }
  writeFileSync(
    join(work, 'big.jsonl'),
    Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: `word${i} alpha beta gamma ${i} delta ${i * 7}` }),
    ).join('\n'),
  );
});
after(() => {
  for (const child of running) child.kill('SIGKILL');
  unmount();
  rmSync(work, { recursive: true, force: true });
});

for (const kind of KINDS) {
  test(`${kind.name}: SIGKILL at any point of the write leaves the complete old or new file`, async () => {
    const { dir, old, neu } = await oldAndNew(kind);
    const target = kind.files[0];
    const length = neu[target].length;
    assert.ok(length >= 16_384, `${kind.name}: a long enough write (${length} bytes)`);
    // Killed while the temporary file fills, or once it is complete and fsync'd but not yet
    // renamed: the target is the old file; the new bytes are only in the temporary file, which a
    // test (or a user) may delete.
    await Promise.all(
      [0, 1, length >> 1, length - 1, 'before-rename'].map(async (point) => {
        const bytes = point === 'before-rename' ? length : point;
        const { child, done, temp } = await paused(kind.args('B', target), dir, String(point));
        assert.match(basename(temp), TEMP_NAME);
        assert.ok(basename(temp).startsWith(`.${target}.simkit-tmp-${child.pid}-`), temp);
        assert.deepEqual(
          readFileSync(temp),
          neu[target].subarray(0, bytes),
          'the temporary file holds the first bytes of the new file',
        );
        child.kill('SIGKILL');
        assert.equal((await done).signal, 'SIGKILL');
        assert.deepEqual(snapshot(dir, kind), old, `killed at ${point}: old file intact`);
        removeLeftovers(dir, child.pid);
      }),
    );
    // Renamed: the new file, whole.
    {
      const { child, done } = await paused(kind.args('B', target), dir, 'after-rename');
      child.kill('SIGKILL');
      await done;
      const now = assertOldOrNew(dir, kind, old, neu, 'killed after the rename');
      assert.deepEqual(now[target], neu[target], 'killed after the rename: the new file');
      // sign --binary renames its two files back to back; killed between them, the second is old.
      if (kind.files.length === 1) assert.deepEqual(temps(dir), []);
      removeLeftovers(dir, child.pid);
    }
    await ok(kind.args('B', target), { cwd: dir });
    assert.deepEqual(snapshot(dir, kind), neu);
    assert.deepEqual(temps(dir), [], 'a finished run leaves no temporary file');
  });
}

test('kill by timing: SIGKILL at times spread over an index rebuild of 5,000 documents leaves the old or the new index', async (t) => {
  const kind = { name: 'index build (timed)', files: ['corpus.skindex'] };
  const args = ['index', 'build', join(work, 'big.jsonl'), '--out', 'corpus.skindex'];
  const ref = mkdtempSync(join(work, 'timed-new-'));
  const started = Date.now();
  await ok(args, { cwd: ref });
  const took = Date.now() - started;
  const neu = snapshot(ref, kind);
  const dir = mkdtempSync(join(work, 'timed-'));
  await ok(['index', 'build', join(work, 'inA'), '--out', 'corpus.skindex'], { cwd: dir });
  const old = snapshot(dir, kind);
  const seen = { old: 0, new: 0 };
  for (let i = 1; i <= 6; ++i) {
    const child = start(args, { cwd: dir });
    const done = finished(child);
    setTimeout(() => child.kill('SIGKILL'), Math.round(took * (0.5 + 0.2 * i))); // from half to 1.7 times a clean run
    await done;
    const now = assertOldOrNew(dir, kind, old, neu, `killed after ${(0.5 + 0.2 * i).toFixed(1)} clean runs`);
    if (now['corpus.skindex'].equals(neu['corpus.skindex'])) {
      ++seen.new;
      writeFileSync(join(dir, 'corpus.skindex'), old['corpus.skindex']); // the next kill starts from the old file again
    } else ++seen.old;
    removeLeftovers(dir, child.pid);
  }
  t.diagnostic(`a clean run took ${took} ms; after the kills: old ${seen.old}, new ${seen.new}`);
});

test('SIGTERM or Ctrl-C during a write removes the temporary file and keeps the old one', async () => {
  const kind = KINDS.find((k) => k.name === 'dedup --output');
  const { dir, old, neu } = await oldAndNew(kind);
  for (const signal of ['SIGTERM', 'SIGINT']) {
    const { child, done, temp } = await paused(
      kind.args('B', kind.files[0]),
      dir,
      String(neu[kind.files[0]].length >> 1),
    );
    assert.ok(existsSync(temp));
    child.kill(signal);
    assert.equal((await done).signal, signal, 'the process still dies by the signal');
    assert.ok(!existsSync(temp), `${signal}: temporary file removed`);
    assert.deepEqual(snapshot(dir, kind), old);
  }
});

test("a replaced file keeps its permissions; a symlink's file is replaced, not the link; devices are written in place", async () => {
  const kind = KINDS.find((k) => k.name === 'sign --out');
  const { dir, neu } = await oldAndNew(kind);
  chmodSync(join(dir, kind.files[0]), 0o600);
  await ok(kind.args('B', kind.files[0]), { cwd: dir });
  assert.deepEqual(snapshot(dir, kind), neu);
  assert.equal(statSync(join(dir, kind.files[0])).mode & 0o777, 0o600);
  // Through a symbolic link the file it points to is replaced; the link stays a link.
  symlinkSync(kind.files[0], join(dir, 'link.jsonl'));
  await ok(kind.args('A', 'link.jsonl'), { cwd: dir });
  assert.ok(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink());
  assert.notDeepEqual(readFileSync(join(dir, kind.files[0])), neu[kind.files[0]], 'the linked file was rewritten');
  await ok(kind.args('A', '/dev/null'), { cwd: dir });
  assert.ok(statSync('/dev/null').isCharacterDevice(), '/dev/null is still the device');
  const full = await run(kind.args('A', '/dev/full'), { cwd: dir });
  assert.equal(full.code, 2);
  assert.equal(full.err, 'simkit: cannot write /dev/full: no space left on device\n');
  const missing = await run(kind.args('A', 'no/such/dir/out.jsonl'), { cwd: dir });
  assert.equal(missing.code, 2);
  assert.equal(
    missing.err,
    'simkit: cannot write no/such/dir/out.jsonl: no such file or directory (no file was created)\n',
  );
  const folder = await run(kind.args('A', '.'), { cwd: dir });
  assert.equal(folder.code, 2);
  assert.equal(folder.err, 'simkit: cannot write .: it is a directory\n');
  assert.deepEqual(temps(dir), []);
});

/** The system calls of a run, in completion order, from `strace -f` (split calls joined). */
function syscalls(log) {
  const pending = new Map();
  const calls = [];
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /^(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    let rest = m[2];
    if (rest.endsWith('<unfinished ...>')) {
      pending.set(m[1], rest.slice(0, -'<unfinished ...>'.length));
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(rest);
    if (resumed) rest = (pending.get(m[1]) ?? '') + resumed[1];
    const call = /^(\w+)\((.*)\)\s+= (-?\d+)/.exec(rest);
    if (call) calls.push({ name: call[1], args: call[2], ret: Number(call[3]) });
  }
  return calls;
}

test('system calls: written to the temporary file, fsync, rename, then fsync of the directory', async (t) => {
  if (spawnSync('strace', ['-o', '/dev/null', 'true']).status !== 0) {
    t.skip('strace is missing or may not trace here');
    return;
  }
  const dir = mkdtempSync(join(work, 'strace-'));
  const log = join(work, 'strace.log');
  const r = spawnSync(
    'strace',
    [
      '-f',
      '-o',
      log,
      '-e',
      'trace=openat,write,pwrite64,fsync,fdatasync,rename,renameat,renameat2',
      process.execPath,
      cli,
      'sign',
      join(work, 'inB'),
      '--out',
      'signatures.jsonl',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  const calls = syscalls(log);
  const open = calls.findIndex(
    (c) => c.name === 'openat' && c.args.includes('.signatures.jsonl.simkit-tmp-') && c.args.includes('O_EXCL'),
  );
  assert.ok(open >= 0, 'the temporary file is created with O_EXCL');
  const fd = calls[open].ret;
  const temp = /"([^"]+)"/.exec(calls[open].args)[1];
  const sync = calls.findIndex((c, i) => i > open && c.name === 'fsync' && c.args === String(fd));
  const rename = calls.findIndex((c) => c.name.startsWith('rename') && c.args === `"${temp}", "signatures.jsonl"`);
  assert.ok(sync > open && rename > sync, 'fsync of the temporary file before the rename');
  const written = calls
    .slice(open, sync)
    .filter((c) => /^p?write/.test(c.name) && c.args.startsWith(`${fd},`))
    .reduce((n, c) => n + c.ret, 0);
  assert.equal(
    written,
    statSync(join(dir, 'signatures.jsonl')).size,
    'every byte went to the temporary file before the fsync',
  );
  const dirOpen = calls.findIndex(
    (c, i) => i > rename && c.name === 'openat' && c.args.startsWith('AT_FDCWD, ".", O_RDONLY'),
  );
  assert.ok(dirOpen > rename, 'the directory is opened after the rename');
  assert.ok(
    calls.some((c, i) => i > dirOpen && c.name === 'fsync' && c.args === String(calls[dirOpen].ret)),
    "and fsync'd",
  );
  assert.ok(
    !calls.some((c) => c.name === 'openat' && c.args.includes('"signatures.jsonl"')),
    'the target itself is never opened',
  );
});

// The full disk: a 2 MB tmpfs where root may mount one, else `ulimit -f` (writes past the limit
// fail with EFBIG; Node ignores SIGXFSZ). SIMKIT_TEST_FULL_DISK=ulimit forces the fallback.
let disk;
let mounted = false;
function fullDisk() {
  if (disk) return disk;
  const dir = mkdtempSync(join(work, 'disk-'));
  mounted =
    process.env.SIMKIT_TEST_FULL_DISK !== 'ulimit' &&
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).status === 0;
  disk = { dir, mode: mounted ? 'tmpfs' : 'ulimit', cause: mounted ? 'no space left on device' : 'file too large' };
  return disk;
}
function unmount() {
  if (!mounted) return;
  mounted = false;
  if (spawnSync('umount', [disk.dir]).status !== 0) spawnSync('umount', ['-l', disk.dir]);
}
process.on('exit', unmount); // also when the run is cut short

/** Leaves about `room` bytes free on the tmpfs (the returned filler is deleted to undo it). */
function fillTo(dir, room) {
  const { bavail, bsize } = statfsSync(dir);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - room)));
  return filler;
}

function freeBytes(dir) {
  const { bavail, bsize } = statfsSync(dir);
  return bavail * bsize;
}

test('full disk: a rebuild that cannot fit fails with a clear message; the old index loads and answers the same', async (t) => {
  const { dir, mode, cause } = fullDisk();
  t.diagnostic(`full disk simulated with ${mode}`);
  const small = join(work, 'inA');
  await ok(['index', 'build', small, '--out', 'corpus.skindex'], { cwd: dir });
  const query = ['index', 'query', 'corpus.skindex', small, '--format', 'json'];
  const before = (await ok(query, { cwd: dir })).out;
  assert.ok(JSON.parse(before).length >= 30, 'every document finds itself');
  const oldBytes = readFileSync(join(dir, 'corpus.skindex'));
  // 5,000 documents: an index of about 2.6 MB, more than the 2 MB file system (or the 1 MB limit).
  const big = join(work, 'big.jsonl');
  const free = freeBytes(dir);
  const r = await run(['index', 'build', big, '--out', 'corpus.skindex'], {
    cwd: dir,
    ulimitBlocks: mode === 'ulimit' ? 1024 : undefined,
  });
  assert.equal(r.code, 2);
  assert.equal(r.err, `simkit: cannot write corpus.skindex: ${cause} (the previous file is unchanged)\n`);
  assert.deepEqual(readFileSync(join(dir, 'corpus.skindex')), oldBytes);
  assert.deepEqual(temps(dir), []);
  if (mode === 'tmpfs') assert.equal(freeBytes(dir), free, 'the partial temporary file was removed');
  // LshIndex.load reads the saved LSH bytes after the CLI's header; same answers as before.
  const headerLength = oldBytes.readUInt32LE(4);
  const idx = LshIndex.load(new Uint8Array(oldBytes.subarray(8 + headerLength)));
  const { options } = await loadIndexFile(join(dir, 'corpus.skindex'));
  const text = readFileSync(join(small, 'doc007.txt'), 'utf8');
  assert.deepEqual(
    idx.query(new MinHasher(options).sign(text)).map((m) => m.key),
    ['doc007.txt'],
  );
  idx.dispose();
  assert.equal((await ok(query, { cwd: dir })).out, before);
});

for (const kind of KINDS.filter((k) => k.name !== 'index build --out')) {
  test(`full disk: ${kind.name} that cannot fit leaves the old file`, async (t) => {
    const { dir, mode, cause } = fullDisk();
    t.diagnostic(`full disk simulated with ${mode}`);
    const { dir: out, old, neu } = await oldAndNew(kind, dir);
    const length = neu[kind.files[0]].length;
    // Room for about half of the new file: the write fails half-way.
    const half = Math.floor(length / 2 / 4096) * 4096;
    assert.ok(half >= 4096, `${kind.name}: output of ${length} bytes`);
    const filler = mode === 'tmpfs' ? fillTo(dir, half) : undefined;
    try {
      const r = await run(kind.args('B', kind.files[0]), {
        cwd: out,
        ulimitBlocks: mode === 'ulimit' ? half / 1024 : undefined,
      });
      assert.equal(r.code, 2, r.err);
      assert.match(
        r.err,
        new RegExp(
          `^simkit: cannot write ${kind.files[0].replace(/\./g, '\\.')}: ${cause} \\(the previous file is unchanged\\)\\n$`,
          'm',
        ),
      );
      assert.deepEqual(snapshot(out, kind), old);
      assert.deepEqual(temps(out), []);
    } finally {
      if (filler) rmSync(filler);
    }
    await ok(kind.args('B', kind.files[0]), { cwd: out });
    assert.deepEqual(snapshot(out, kind), neu, 'with room again the new file is written');
    rmSync(out, { recursive: true });
  });
}

test('reading: a truncated, extended or foreign index file is refused before anything is sized from it', async () => {
  const dir = mkdtempSync(join(work, 'read-'));
  await ok(['index', 'build', join(work, 'inA'), '--out', 'good.skindex'], { cwd: dir });
  const good = readFileSync(join(dir, 'good.skindex'));
  const path = join(dir, 'bad.skindex');
  const lengths = [
    0,
    3,
    4,
    7,
    8,
    9,
    good.readUInt32LE(4) + 7,
    good.readUInt32LE(4) + 8,
    good.readUInt32LE(4) + 40,
    good.length >> 1,
    good.length - 1,
  ];
  for (const n of lengths) {
    writeFileSync(path, good.subarray(0, n));
    await assert.rejects(
      loadIndexFile(path),
      (e) => e.code === 'CORRUPT_DATA' && e.message.startsWith(`${path}: `),
      `truncated to ${n} bytes`,
    );
  }
  writeFileSync(path, Buffer.concat([good, Buffer.from([0])]));
  await assert.rejects(loadIndexFile(path), { code: 'CORRUPT_DATA' }, 'one byte added');
  const huge = Buffer.from(good);
  huge.writeUInt32LE(0xffffffff, 4);
  writeFileSync(path, huge);
  await assert.rejects(loadIndexFile(path), /not a simkit index file \(truncated header/, 'a 4 GB header length');
  const badHeader = Buffer.concat([
    Buffer.from('SKCI'),
    Buffer.from([2, 0, 0, 0]),
    Buffer.from('{}'),
    good.subarray(8 + good.readUInt32LE(4)),
  ]);
  writeFileSync(path, badHeader);
  await assert.rejects(loadIndexFile(path), /bad header/);
  writeFileSync(path, Buffer.from('\x89PNG\r\n\x1a\n0000000000000000'));
  await assert.rejects(loadIndexFile(path), /wrong magic bytes/);
  await assert.rejects(loadIndexFile(dir), /not a file/);
  const r = await run(['index', 'query', 'bad.skindex', join(work, 'inA')], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(
    r.err,
    "simkit: bad.skindex: not a simkit index file (wrong magic bytes; build one with 'simkit index build')\n",
  );
});
