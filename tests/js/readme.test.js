// The README's example runs as printed: its first js block, run as a user runs it in Node,
// prints exactly the block shown under "prints". (tests/ecosystem type-checks the same block
// under strict TypeScript and tsconfig's two resolutions.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('README example prints what the README says it prints', () => {
  const section = readme.slice(readme.indexOf('## Example'), readme.indexOf('## The two commands'));
  const code = section.match(/```js\n([\s\S]*?)```/);
  const printed = section.match(/\nprints\n\n```\n([\s\S]*?)```/);
  assert.ok(code && printed, 'README.md: ## Example has a js block followed by "prints" and its output');
  // Written next to this file so that `import … from 'simkit'` resolves to the package under test.
  const file = fileURLToPath(new URL('./readme-example.tmp.mjs', import.meta.url));
  writeFileSync(file, code[1]);
  try {
    assert.equal(execFileSync(process.execPath, [file], { encoding: 'utf8' }), printed[1]);
  } finally {
    rmSync(file, { force: true });
  }
});
