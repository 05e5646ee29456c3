// The packed tarball works for a user: npm pack, install into an empty project, import and
// require it, hash and compare, and read the shipped types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkgDir = new URL('../../npm/', import.meta.url).pathname;

test('npm pack → install → import and require', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'simkit-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' });
    const tarball = join(dir, out.trim().split('\n').pop());
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'pipe' });
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.match(files, /package\/dist\/simkit\.wasm/);
    assert.match(files, /package\/dist\/api\.d\.ts/);
    assert.doesNotMatch(files, /\.test\.|src\/.*\.ts$/m);
    writeFileSync(
      join(dir, 'esm.mjs'),
      `
      import { init, xxh3, jaccard } from 'simkit';
      await init();
      console.log(xxh3('').toString(16), jaccard('a b c d', 'a b c e', { ngramSize: 1 }));`,
    );
    assert.equal(execFileSync('node', ['esm.mjs'], { cwd: dir, encoding: 'utf8' }).trim(), '2d06800538d394c2 0.6');
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `
      const simkit = require('simkit');
      simkit.init().then(() => console.log(simkit.xxh64('').toString(16)));`,
    );
    assert.equal(execFileSync('node', ['cjs.cjs'], { cwd: dir, encoding: 'utf8' }).trim(), 'ef46db3751d8e999');
    writeFileSync(
      join(dir, 'edge.mjs'),
      `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { init, xxh32 } from 'simkit/edge';
      const path = createRequire(import.meta.url).resolve('simkit/simkit.wasm');
      await init({ wasm: new WebAssembly.Module(readFileSync(path)) });
      console.log(xxh32('').toString(16));`,
    );
    assert.equal(execFileSync('node', ['edge.mjs'], { cwd: dir, encoding: 'utf8' }).trim(), '2cc5d05');
    // simkit/documents with the optional format packages npm installed beside it
    const docx = new URL('../fixtures/documents/essay.docx', import.meta.url).pathname;
    writeFileSync(
      join(dir, 'documents.mjs'),
      `
      import { readFileSync } from 'node:fs';
      import { readDocument } from 'simkit/documents';
      const doc = await readDocument(readFileSync(${JSON.stringify(docx)}), 'essay.docx');
      console.log(doc.format, doc.text.split('\\n')[0]);`,
    );
    assert.equal(
      execFileSync('node', ['documents.mjs'], { cwd: dir, encoding: 'utf8' }).trim(),
      'docx On Photosynthesis',
    );
    // The packed bin as a user runs it: npx finds node_modules/.bin/simkit.
    const npx = (args) =>
      execFileSync('npx', ['--no-install', 'simkit', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    assert.equal(npx(['--version']).trim(), version);
    writeFileSync(join(dir, 'a.txt'), 'the quick brown fox jumps over the lazy dog\n');
    writeFileSync(join(dir, 'b.txt'), 'the quick brown fox leaps over the lazy dog\n');
    const compared = JSON.parse(npx(['compare', 'a.txt', 'b.txt', '--format', 'json']));
    // Word 3-grams: 7 on each side, 4 shared ("the quick brown", "quick brown fox", "over the
    // lazy", "the lazy dog"): Jaccard 4/10, containment 4/7 both ways.
    assert.equal(compared.jaccard, 0.4);
    assert.equal(compared.containmentAInB, 4 / 7);
    assert.throws(
      () => npx(['compare', 'a.txt']),
      (e) => e.status === 2 && /compare/.test(e.stderr),
    );
    assert.ok(existsSync(join(dir, 'node_modules/simkit/dist/documents/index.d.ts')));
    const types = readFileSync(join(dir, 'node_modules/simkit/dist/api.d.ts'), 'utf8');
    assert.match(types, /export \{ normalize, tokenize, shingles/);
    assert.ok(existsSync(join(dir, 'node_modules/simkit/dist/text.d.ts')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
