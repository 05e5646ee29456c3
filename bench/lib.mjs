// Shared benchmark helpers: timing (best of rounds), the native driver, corpora, tables.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });

/** Best nanoseconds per call of `fn` over 5 rounds of at least minMs/5 each. */
export function measure(fn, minMs = 400) {
  let best = Infinity;
  for (let round = 0; round < 5; ++round) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    do {
      fn();
      ++n;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < minMs / 5);
    best = Math.min(best, (elapsed * 1e6) / n);
  }
  return best;
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
