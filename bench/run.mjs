#!/usr/bin/env node
// simkit benchmarks, side by side with peers in one process; prints ratios, never asserts time,
// and writes each workload's results to bench/results/<workload>.json (README figures come from them).
// Usage: node bench/run.mjs [--runs N] [workload ...]   (default: all, once). With --runs N each
// workload runs N times, each in a process of its own (a workload may leave the process slower
// for a peer: loading natural slows fastest-levenshtein), and every figure is the median run's.
// Build first: bash scripts/build.sh
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cpus } from 'node:os';

// The peers live in bench/package.json, so `npm test` never installs them: install them here
// on first use (and when the lockfile changed), from the npm registry only.
const benchDir = new URL('.', import.meta.url).pathname;
const installed = `${benchDir}node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(`${benchDir}package-lock.json`).mtimeMs > statSync(installed).mtimeMs) {
  console.error('bench: npm ci in bench/ (the peers)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: benchDir, stdio: 'inherit' });
}
const { init } = await import('simkit');
const { beginResults, mergeRuns, readResults, writeResults } = await import('./lib.mjs');

const all = [
  'xxhash',
  'pipeline',
  'plagiarism',
  'minhash',
  'distance',
  'vector',
  'style',
  'style-pan',
  'scale',
  'demo',
  'documents',
  'size',
];
const args = process.argv.slice(2);
let runs = 1;
const runsAt = args.indexOf('--runs');
if (runsAt >= 0) {
  runs = Number(args[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a whole number of runs, got ${args[runsAt + 1]}`);
  args.splice(runsAt, 2);
}
const chosen = args.length ? args : all;
await init();
console.log(`# simkit bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const name of chosen) {
  if (!all.includes(name)) throw new Error(`unknown workload ${name} (known: ${all.join(', ')})`);
  if (runs > 1) {
    const results = [];
    for (let r = 1; r <= runs; ++r) {
      console.log(`\n# ${name}: run ${r} of ${runs}`);
      execFileSync(process.execPath, [new URL(import.meta.url).pathname, name], { stdio: 'inherit' });
      results.push(readResults(name));
    }
    if (results.every(Boolean)) mergeRuns(results);
  } else {
    const { run } = await import(`./workloads/${name}.mjs`);
    beginResults(name);
    await run();
  }
  const written = writeResults();
  if (written) console.log(`\n(results: ${written.slice(written.indexOf('bench/'))})`);
}
