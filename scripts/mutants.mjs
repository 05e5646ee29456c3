#!/usr/bin/env node
// Mutation check: every deliberate bug in tests/mutants/list.json is applied, one at a time, to
// a copy of the built package in a temporary tree (tests, demo, web and npm/dist copied; the
// other node_modules linked), and the tests listed for it run there: each mutant must make
// them fail. The unmutated copy must pass the same tests first, so a kill means the bug was
// seen, not that the test was broken. The real npm/dist is never written.
// Usage: node scripts/mutants.mjs [substring of a mutant's file or why, to run only those]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const mutants = JSON.parse(readFileSync(join(root, 'tests/mutants/list.json'), 'utf8'))
  .filter((m) => !filter || m.file.includes(filter) || m.why.includes(filter));
if (mutants.length === 0) throw new Error(`mutants: nothing in tests/mutants/list.json matches ${filter}`);

/** A throwaway copy of what the tests read, with node_modules/simkit pointing at the copy. */
function mirror() {
  const tree = mkdtempSync(join(tmpdir(), 'simkit-mutants-'));
  const notScreenshots = (path) => !path.includes(`${join('e2e', 'screenshots')}`);
  for (const dir of ['tests', 'web', 'demo', 'bench']) cpSync(join(root, dir), join(tree, dir), { recursive: true, filter: notScreenshots });
  cpSync(join(root, 'package.json'), join(tree, 'package.json'));
  for (const entry of ['package.json', 'dist', 'stopwords']) cpSync(join(root, 'npm', entry), join(tree, 'npm', entry), { recursive: true });
  mkdirSync(join(tree, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    symlinkSync(name === 'simkit' ? '../npm' : join(root, 'node_modules', name), join(tree, 'node_modules', name));
  }
  return tree;
}

function runTests(tree, m) {
  const args = ['--test', ...(m.pattern ? [`--test-name-pattern=${m.pattern}`] : []), ...m.tests];
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: tree, encoding: 'utf8', timeout: 600_000 });
  const failed = Number((r.stdout.match(/^# fail (\d+)/m) ?? [])[1] ?? NaN);
  const passed = Number((r.stdout.match(/^# pass (\d+)/m) ?? [])[1] ?? NaN);
  return { ok: r.status === 0, failed, passed, seconds: (Date.now() - started) / 1000, output: `${r.stdout}\n${r.stderr}`, error: r.error };
}

const started = Date.now();
const tree = mirror();
let survived = 0;
try {
  // Baseline: each distinct test selection passes on the unmutated copy.
  const selections = new Map(mutants.map((m) => [JSON.stringify([m.tests, m.pattern ?? null]), m]));
  for (const m of selections.values()) {
    const r = runTests(tree, m);
    if (!r.ok || !(r.passed > 0)) {
      console.error(r.output);
      throw new Error(`mutants: the unmutated package fails ${m.tests.join(' ')}${m.pattern ? ` (${m.pattern})` : ''}; fix that first`);
    }
  }
  for (const [i, m] of mutants.entries()) {
    const path = join(tree, 'npm', 'dist', m.file);
    const original = readFileSync(path, 'utf8');
    const found = original.split(m.search).length - 1;
    if (found !== 1) throw new Error(`mutants: ${m.file}: the search text occurs ${found} times (must be once; update tests/mutants/list.json): ${JSON.stringify(m.search)}`);
    writeFileSync(path, original.replace(m.search, () => m.replace));
    try {
      const check = spawnSync(process.execPath, ['--check', path], { encoding: 'utf8' });
      if (check.status !== 0) throw new Error(`mutants: mutant ${i} leaves ${m.file} unparsable (a syntax error is no test of the tests): ${check.stderr}`);
      const r = runTests(tree, m);
      const killed = !r.ok && r.failed > 0;
      if (!killed) ++survived;
      console.log(`mutant ${i + 1}/${mutants.length} ${killed ? 'killed' : 'SURVIVED'} (${r.failed} failing, ${r.seconds.toFixed(1)} s): ${m.file}: ${m.why}`);
      if (!killed && r.error) console.log(`  runner error: ${r.error.message}`);
    } finally {
      writeFileSync(path, original);
    }
  }
} finally {
  rmSync(tree, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (survived > 0) {
  console.error(`mutants: ${survived} of ${mutants.length} survived (${seconds} s): strengthen the tests listed for them`);
  process.exit(1);
}
console.log(`mutants: all ${mutants.length} killed (${seconds} s)`);
