#!/usr/bin/env node
// Mutation check: every deliberate bug in tests/mutants/list.json is applied, one at a time, to
// a copy of the built package in a temporary tree (tests, demo, web, bench and npm/dist
// copied; the other node_modules linked), and the tests listed for it run there: each mutant
// must make them fail. C++ mutants (a file under src/) are compiled from a mutated copy of
// that one source file with its command from build/native-release, linked into a temporary
// simkit_tests ahead of the core library, and run with their doctest filter. The unmutated
// copies must pass the same tests first, so a kill means the bug was seen, not that the test
// was broken. Neither npm/dist nor src/ is ever written.
// Usage: node scripts/mutants.mjs [substring of a mutant's file or why, to run only those]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const mutants = JSON.parse(readFileSync(join(root, 'tests/mutants/list.json'), 'utf8')).filter(
  (m) => !filter || m.file.includes(filter) || m.why.includes(filter),
);
if (mutants.length === 0) throw new Error(`mutants: nothing in tests/mutants/list.json matches ${filter}`);

/** A throwaway copy of what the tests read, with node_modules/simkit pointing at the copy. */
function mirror() {
  const tree = mkdtempSync(join(tmpdir(), 'simkit-mutants-'));
  // Sources only: no installed packages (bench/ and tests/ecosystem/ have their own) or screenshots.
  const wanted = (path) => !/[\\/](node_modules|screenshots)([\\/]|$)/.test(path.slice(root.length));
  for (const dir of ['tests/js', 'tests/e2e', 'tests/golden', 'web', 'demo', 'bench'])
    cpSync(join(root, dir), join(tree, dir), { recursive: true, filter: wanted });
  cpSync(join(root, 'package.json'), join(tree, 'package.json'));
  for (const entry of ['package.json', 'dist', 'stopwords'])
    cpSync(join(root, 'npm', entry), join(tree, 'npm', entry), { recursive: true });
  mkdirSync(join(tree, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    symlinkSync(name === 'simkit' ? '../npm' : join(root, 'node_modules', name), join(tree, 'node_modules', name));
  }
  return tree;
}

const native = join(root, 'build', 'native-release');

/** Compiles `source` (the text of m.file) as the build does and links a test binary with it. */
function nativeTests(tree, m, source, name) {
  const entry = JSON.parse(readFileSync(join(native, 'compile_commands.json'), 'utf8')).find(
    (e) => e.file === join(root, m.file),
  );
  if (!entry)
    throw new Error(`mutants: ${m.file} is not in build/native-release/compile_commands.json (build natively first)`);
  const copy = join(tree, `${name}.cpp`);
  const object = join(tree, `${name}.o`);
  writeFileSync(copy, source);
  const compile = entry.command.split(' ').filter(Boolean);
  compile[compile.indexOf('-o') + 1] = object;
  compile[compile.length - 1] = copy;
  const built = spawnSync(compile[0], compile.slice(1), { cwd: entry.directory, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`mutants: ${m.file} (${name}) does not compile: ${built.stderr}`);
  const tests = join(native, 'tests');
  const link = readFileSync(join(tests, 'CMakeFiles', 'simkit_tests.dir', 'link.txt'), 'utf8')
    .trim()
    .split(' ')
    .filter(Boolean);
  const out = link.indexOf('-o');
  const binary = join(tree, name);
  link.splice(out, 2, object, '-o', binary); // ahead of the archives: their copy is not pulled in
  const linked = spawnSync(link[0], link.slice(1), { cwd: tests, encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`mutants: linking ${name} failed: ${linked.stderr}`);
  return binary;
}

function runDoctest(binary, m) {
  const started = Date.now();
  const r = spawnSync(binary, [`-tc=${m.doctest}`, '--no-colors'], { encoding: 'utf8', timeout: 600_000 });
  const counts = r.stdout.match(/test cases:\s+(\d+) \|\s+(\d+) passed \|\s+(\d+) failed/);
  const [passed, failed] = counts ? [Number(counts[2]), Number(counts[3])] : [NaN, NaN];
  return {
    ok: r.status === 0,
    failed,
    passed,
    seconds: (Date.now() - started) / 1000,
    output: `${r.stdout}\n${r.stderr}`,
    error: r.error,
  };
}

function runTests(tree, m) {
  const args = ['--test', ...(m.pattern ? [`--test-name-pattern=${m.pattern}`] : []), ...m.tests];
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: tree, encoding: 'utf8', timeout: 300_000 });
  const failed = Number((r.stdout.match(/^# fail (\d+)/m) ?? [])[1] ?? NaN);
  const passed = Number((r.stdout.match(/^# pass (\d+)/m) ?? [])[1] ?? NaN);
  return {
    ok: r.status === 0,
    failed,
    passed,
    seconds: (Date.now() - started) / 1000,
    output: `${r.stdout}\n${r.stderr}`,
    error: r.error,
  };
}

const started = Date.now();
const tree = mirror();
let survived = 0;
try {
  // Baseline: each distinct test selection passes on the unmutated copy.
  const isNative = (m) => m.file.startsWith('src/');
  const selections = new Map(
    mutants.map((m) => [JSON.stringify([m.file, m.tests ?? null, m.pattern ?? null, m.doctest ?? null]), m]),
  );
  const pristine = new Map(); // C++ file -> test binary built from the unmutated copy
  for (const m of selections.values()) {
    let r;
    if (isNative(m)) {
      if (!pristine.has(m.file))
        pristine.set(
          m.file,
          nativeTests(tree, m, readFileSync(join(root, m.file), 'utf8'), `pristine-${pristine.size}`),
        );
      r = runDoctest(pristine.get(m.file), m);
    } else r = runTests(tree, m);
    if (!r.ok || !(r.passed > 0)) {
      console.error(r.output);
      throw new Error(
        `mutants: the unmutated code fails ${m.doctest ?? m.tests.join(' ')}${m.pattern ? ` (${m.pattern})` : ''}; fix that first`,
      );
    }
  }
  for (const [i, m] of mutants.entries()) {
    if (isNative(m)) {
      const r = runDoctest(nativeTests(tree, m, mutate(readFileSync(join(root, m.file), 'utf8'), m), `mutant-${i}`), m);
      const killed = !r.ok && r.failed > 0;
      if (!killed) ++survived;
      console.log(
        `mutant ${i + 1}/${mutants.length} ${killed ? 'killed' : 'SURVIVED'} (${r.failed} failing, ${r.seconds.toFixed(1)} s): ${m.file}: ${m.why}`,
      );
      continue;
    }
    const path = join(tree, 'npm', 'dist', m.file);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, mutate(original, m));
    try {
      const check = spawnSync(process.execPath, ['--check', path], { encoding: 'utf8' });
      if (check.status !== 0)
        throw new Error(
          `mutants: mutant ${i} leaves ${m.file} unparsable (a syntax error is no test of the tests): ${check.stderr}`,
        );
      const r = runTests(tree, m);
      const killed = !r.ok && r.failed > 0;
      if (!killed) ++survived;
      console.log(
        `mutant ${i + 1}/${mutants.length} ${killed ? 'killed' : 'SURVIVED'} (${r.failed} failing, ${r.seconds.toFixed(1)} s): ${m.file}: ${m.why}`,
      );
      if (!killed && r.error) console.log(`  runner error: ${r.error.message}; its output so far:\n${r.output}`);
    } finally {
      writeFileSync(path, original);
    }
  }
} finally {
  rmSync(tree, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (survived > 0) {
  console.error(
    `mutants: ${survived} of ${mutants.length} survived (${seconds} s): strengthen the tests listed for them`,
  );
  process.exit(1);
}
console.log(`mutants: all ${mutants.length} killed (${seconds} s)`);

/**
 * The source with the mutant's one-line bug in place. The search matches whatever whitespace the
 * formatter or compiler put between its tokens, so reformatting never silently drops a mutant;
 * it must still occur exactly once.
 */
function mutate(source, m) {
  const tokens = m.search
    .trim()
    .split(/\s+/)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = [...source.matchAll(new RegExp(tokens.join('\\s*'), 'g'))];
  if (found.length !== 1)
    throw new Error(
      `mutants: ${m.file}: the search text occurs ${found.length} times (must be once; update tests/mutants/list.json): ${JSON.stringify(m.search)}`,
    );
  const at = found[0].index;
  return source.slice(0, at) + m.replace + source.slice(at + found[0][0].length);
}
