// Every code block of the guides runs, so the docs cannot drift from the code. Per guide, in a
// fresh temporary project whose node_modules/simkit is the package under test, in order:
//   ```js                 written to a file and run with node; `import … from 'simkit'` resolves
//   ```sh                 run with bash; `npx simkit …` and `simkit …` run this package's CLI
//                         (node npm/dist/cli/main.js); must exit 0 (`sh exit=1`: must exit 1)
//   ```<lang> file=PATH   not run: its content is written to PATH for the blocks after it
//   prints + ```          the exact stdout of the block before it
//   ```<lang> norun: why  not run (a browser, a network...); the reason is required; counted
//   ```<lang> fixture=PATH  not run here: every line of it is a line of PATH (a file of the
//                         repository that a test runs, e.g. a tests/ecosystem fixture)
// Any other block fails the test: a block is either checked or says why it cannot be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const guidesDir = join(root, 'docs', 'guides');
const docs = [
  join(root, 'README.md'),
  join(root, 'docs', 'README.md'),
  ...readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(guidesDir, f)),
];
const packageDir = realpathSync(join(root, 'node_modules', 'simkit'));
const cli = join(packageDir, 'dist', 'cli', 'main.js');

/** The fenced blocks of a Markdown file, with the line they start on and whether "prints" precedes them. */
function blocksOf(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  let lastText = '';
  for (let i = 0; i < lines.length; ++i) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) {
      if (lines[i].trim()) lastText = lines[i].trim();
      continue;
    }
    const start = i;
    const body = [];
    while (++i < lines.length && lines[i] !== '```') body.push(lines[i]);
    if (i === lines.length) throw new Error(`line ${start + 1}: code block never closed`);
    blocks.push({
      line: start + 1,
      lang: open[1],
      info: open[2],
      code: body.length ? `${body.join('\n')}\n` : '',
      afterPrints: lastText === 'prints',
    });
    lastText = '';
  }
  return blocks;
}

/** What the test does with a block (see the header). */
function kindOf(block) {
  const norun = /(?:^|\s)norun:\s*(.*)$/.exec(block.info);
  if (norun) {
    if (!norun[1].trim()) throw new Error(`line ${block.line}: norun needs a reason after "norun:"`);
    return 'norun';
  }
  if (block.afterPrints) return block.lang === '' ? 'output' : 'bad';
  if (/(?:^|\s)file=\S+/.test(block.info)) return 'file';
  if (/(?:^|\s)fixture=\S+/.test(block.info)) return 'fixture';
  if (block.lang === 'js') return 'js';
  if (block.lang === 'sh') return 'sh';
  return 'bad';
}

/** A clean project as a user has it after `npm install simkit`, with `simkit` on the PATH. */
function makeProject(name) {
  const dir = mkdtempSync(join(tmpdir(), `simkit-docs-${name}-`));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(packageDir, join(dir, 'node_modules', 'simkit'), 'dir');
  const bin = join(dir, 'node_modules', '.bin', 'simkit');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
  chmodSync(bin, 0o755);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  return dir;
}

// npx runs a package's local bin; here only simkit is installed, so only `npx simkit` exists.
const SHELL_PRELUDE =
  'set -euo pipefail\nnpx() { if [ "$1" != simkit ]; then echo "docs test: only npx simkit is available" >&2; return 127; fi; "$@"; }\n';

function run(dir, block, n) {
  const env = { ...process.env, PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1' };
  if (block.lang === 'js') {
    const file = join(dir, `block-${n}.mjs`);
    writeFileSync(file, block.code);
    return spawnSync(process.execPath, [file], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  }
  return spawnSync('bash', ['-c', SHELL_PRELUDE + block.code], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
}

let norun = 0;
let fixtures = 0;
for (const path of docs) {
  const name = relative(root, path);
  test(`${name}: every code block runs and prints what it shows`, () => {
    const blocks = blocksOf(readFileSync(path, 'utf8'));
    const dir = makeProject(name.replace(/\W+/g, '-'));
    let ran = 0;
    try {
      let last = null;
      blocks.forEach((block, n) => {
        const where = `${name}:${block.line}`;
        const kind = kindOf(block);
        assert.notEqual(
          kind,
          'bad',
          `${where}: a \`\`\`${block.lang} block is neither run, a file, an output nor marked "norun: reason"`,
        );
        if (kind === 'norun') {
          ++norun;
          last = null;
          return;
        }
        if (kind === 'file') {
          const file = join(dir, /(?:^|\s)file=(\S+)/.exec(block.info)[1]);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, block.code);
          last = null;
          return;
        }
        if (kind === 'fixture') {
          const fixture = /(?:^|\s)fixture=(\S+)/.exec(block.info)[1];
          const lines = new Set(
            readFileSync(join(root, fixture), 'utf8')
              .split('\n')
              .map((l) => l.trim()),
          );
          for (const line of block.code
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)) {
            assert.ok(lines.has(line), `${where}: this line is not in ${fixture}, the file the tests run:\n${line}`);
          }
          ++fixtures;
          last = null;
          return;
        }
        if (kind === 'output') {
          assert.ok(last, `${where}: "prints" follows no block that ran`);
          assert.equal(last.stdout, block.code, `${where}: the output differs from what the guide shows`);
          last = null;
          return;
        }
        const r = run(dir, block, n);
        const wanted = Number(/(?:^|\s)exit=(\d+)/.exec(block.info)?.[1] ?? 0);
        assert.equal(r.status, wanted, `${where}: exit ${r.status ?? r.signal} (wanted ${wanted})\n${r.stderr}`);
        last = r;
        ++ran;
      });
      assert.ok(ran > 0, `${name}: no block ran`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('README snippets for the toolchains are lines of the fixtures the ecosystem tests build', () => {
  assert.ok(fixtures >= 4, `${fixtures} blocks checked against fixtures`);
});

test('blocks that cannot run are rare and say why', () => {
  // Counted over the files above (node --test runs a file's tests in order).
  assert.ok(norun <= 12, `${norun} blocks are marked norun; make them run instead`);
});
