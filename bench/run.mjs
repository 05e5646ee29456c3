#!/usr/bin/env node
// simkit benchmarks, side by side with peers in one process; prints ratios, never asserts time.
// Usage: node bench/run.mjs [workload ...]   (default: all). Build first: bash scripts/build.sh
import { cpus } from 'node:os';
import { init } from 'simkit';

const all = ['xxhash', 'pipeline', 'plagiarism', 'minhash', 'distance', 'vector', 'style', 'style-pan', 'scale', 'demo'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
await init();
console.log(`# simkit bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const name of chosen) {
  if (!all.includes(name)) throw new Error(`unknown workload ${name} (known: ${all.join(', ')})`);
  const { run } = await import(`./workloads/${name}.mjs`);
  await run();
}
