// Shared benchmark helpers: timing (best of rounds), the native driver, corpora, tables, and
// the results file each workload leaves in bench/results/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });

/**
 * Nanoseconds per call of `fn` in each of 5 rounds of at least minMs/5: `best` is the figure
 * printed, `rounds` the spread kept in the results file.
 */
export function measureRounds(fn, minMs = 400) {
  return measureInterleaved([fn], minMs)[0];
}

/**
 * measureRounds() for several functions, their rounds taken in turn (round 1 of each, then
 * round 2 of each, ...): on a shared machine the load changes between rounds, so round-by-round
 * ratios are only fair between rounds taken side by side.
 */
export function measureInterleaved(fns, minMs = 400) {
  const rounds = fns.map(() => []);
  for (let round = 0; round < 5; ++round) {
    fns.forEach((fn, k) => {
      let n = 0;
      const start = process.hrtime.bigint();
      let elapsed = 0;
      do {
        fn();
        ++n;
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      } while (elapsed < minMs / 5);
      rounds[k].push((elapsed * 1e6) / n);
    });
  }
  return rounds.map((r) => ({ best: Math.min(...r), rounds: r }));
}

/** Best nanoseconds per call of `fn` over 5 rounds of at least minMs/5 each. */
export function measure(fn, minMs = 400) {
  return measureRounds(fn, minMs).best;
}

/** measure() for an async `fn`: each call awaited before the next. */
export async function measureAsync(fn, minMs = 400) {
  let best = Infinity;
  for (let round = 0; round < 5; ++round) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    do {
      await fn();
      ++n;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < minMs / 5);
    best = Math.min(best, (elapsed * 1e6) / n);
  }
  return best;
}

// The results of the workload running now: every table printed and the figures recorded by
// name; bench/run.mjs writes them to bench/results/<workload>.json, which the README renders.
let current = null;

/** Starts collecting the results of `workload`. */
export function beginResults(workload) {
  current = { workload, figures: {}, tables: [], loadStart: loadavg()[0] };
}

/** What a workload wrote to bench/results/<workload>.json (null if nothing). */
export function readResults(workload) {
  const path = join(root, 'bench', 'results', `${workload}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/**
 * Results files of repeated runs of one workload as one, to write: each figure is the one from
 * the run where its value was the median (odd run counts; the lower middle for even), with
 * every run's value in `runValues`; the tables are the last run's.
 */
export function mergeRuns(runs) {
  const last = runs.at(-1);
  const figures = {};
  for (const key of Object.keys(last.figures)) {
    const taken = runs.filter((r) => key in r.figures).map((r) => r.figures[key]);
    const order = [...taken].sort((a, b) => a.value - b.value);
    figures[key] = { ...order[Math.floor((order.length - 1) / 2)], runValues: taken.map((f) => f.value) };
  }
  current = {
    workload: last.workload,
    figures,
    tables: last.tables,
    loadStart: runs[0].machine.load[0],
    runs: runs.length,
  };
}

/** A figure the README may quote: `value` and, for timings, how many runs and their spread. */
export function record(key, value, extra = {}) {
  if (!current) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`bench figure ${key}: ${value}`);
  const figure = { value, ...extra };
  // Four significant digits: more than any run-to-run spread, and small diffs between runs.
  current.figures[key] = JSON.parse(JSON.stringify(figure, (_, v) => (typeof v === 'number' ? +v.toPrecision(4) : v)));
}

/**
 * Records how many times faster simkit is than a peer, from measureRounds() results of both:
 * the ratio of the best rounds, and the range of the round-by-round ratios.
 */
export function recordRatio(key, simkit, peer, extra = {}) {
  const perRound = simkit.rounds.map((s, i) => peer.rounds[i] / s).sort((a, b) => a - b);
  record(key, peer.best / simkit.best, {
    runs: perRound.length,
    spread: [perRound[0], perRound.at(-1)],
    median: perRound[Math.floor(perRound.length / 2)],
    simkitNsPerOp: simkit.best,
    peerNsPerOp: peer.best,
    ...extra,
  });
}

/** Writes the collected results to bench/results/<workload>.json (nothing if none). */
export function writeResults() {
  if (!current || (!current.tables.length && !Object.keys(current.figures).length)) return null;
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${current.workload}.json`);
  const { workload, figures, tables, loadStart, runs = 1 } = current;
  const machine = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    platform: `${platform()} ${release()}`,
    // Other processes share the machine: the 1-minute load average before and after the workload.
    load: [round2(loadStart), round2(loadavg()[0])],
  };
  const date = new Date().toISOString().slice(0, 10);
  // Arrays of numbers or strings (table rows, spreads) on one line each: readable diffs.
  const json = JSON.stringify({ workload, date, machine, runs, figures, tables }, null, 2).replace(
    /\[\s*((?:(?:-?[\d.e+-]+|"(?:[^"\\]|\\.)*"),\s*)*(?:-?[\d.e+-]+|"(?:[^"\\]|\\.)*"))\s*\]/g,
    (_, items) => `[${items.replace(/,\n\s*/g, ', ')}]`,
  );
  writeFileSync(path, `${json}\n`);
  current = null;
  return path;
}

const round2 = (x) => Math.round(x * 100) / 100;

const nativeBin = join(root, 'build', 'native-release', 'bench', 'native', 'simkit_bench_native');

/** ns/op of the same workload in simkit's native build, or null when it is not built. */
export function native(workload, file) {
  if (!existsSync(nativeBin)) return null;
  const out = execFileSync(nativeBin, [workload, file, '400'], { encoding: 'utf8' });
  return JSON.parse(out).nsPerOp;
}

/** Writes `bytes` to bench/out/<name> and returns the path (input for the native driver). */
export function saveInput(name, bytes) {
  const path = join(outDir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Deterministic pseudo-random bytes (xorshift64*), the same on every run and machine. */
export function randomBytes(n, seed = 0x9e3779b97f4a7c15n) {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; ++i) {
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    out[i] = Number(((s * 0x2545f4914f6cdd1dn) >> 56n) & 0xffn);
  }
  return out;
}

/**
 * Real English prose found on every Debian machine: the licence texts in
 * /usr/share/common-licenses, concatenated in name order.
 */
export function englishCorpus() {
  const dir = '/usr/share/common-licenses';
  const names = readdirSync(dir)
    .filter((n) => !n.includes('.'))
    .sort();
  return names
    .map((n) => {
      try {
        return readFileSync(join(dir, n), 'utf8');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** Prints an aligned table. rows: arrays of cells. */
export function table(title, header, rows) {
  console.log(`\n## ${title}`);
  current?.tables.push({ title, header, rows: rows.map((r) => r.map((c) => String(c))) });
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}

export const fmt = {
  rate: (bytesPerNs) => `${(bytesPerNs * 1e3).toFixed(0)} MB/s`,
  perSec: (nsPerOp) => `${(1e9 / nsPerOp).toFixed(0)}/s`,
  ratio: (x) => (x === null || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(2)}x`),
};
