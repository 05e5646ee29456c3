// The README's benchmark figures are what the committed results in bench/results/ render to
// (scripts/readme-figures.mjs), so a figure cannot drift from the measurement behind it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIGURES, loadResults, markedFigures, readmePath, render } from '../../scripts/readme-figures.mjs';

const readme = readFileSync(readmePath, 'utf8');

test('every README benchmark figure is what bench/results renders to', () => {
  const names = markedFigures(readme);
  assert.deepEqual([...names].sort(), Object.keys(FIGURES).sort(), 'each figure marked once in README.md');
  const rendered = render(readme);
  // Compare figure by figure, so a failure names the one that drifted.
  const mine = [...readme.matchAll(/<!-- bench:([\w-]+) -->([\s\S]*?)<!-- \/bench -->/g)];
  const theirs = [...rendered.matchAll(/<!-- bench:([\w-]+) -->([\s\S]*?)<!-- \/bench -->/g)];
  mine.forEach((m, i) =>
    assert.equal(m[2], theirs[i][2], `README figure ${m[1]}: run node scripts/readme-figures.mjs`),
  );
  assert.equal(rendered, readme);
});

test('the results files say when, where and how often they were measured', () => {
  for (const workload of ['plagiarism', 'minhash', 'vector', 'distance', 'xxhash', 'demo', 'size', 'style-pan']) {
    const r = loadResults(workload);
    assert.equal(r.workload, workload);
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(r.machine.cores > 0 && r.machine.cpu && r.machine.node, `${workload}: machine`);
    assert.equal(r.machine.load.length, 2, `${workload}: load before and after`);
    assert.ok(r.tables.length > 0, `${workload}: the printed tables`);
    for (const [key, f] of Object.entries(r.figures)) {
      assert.ok(Number.isFinite(f.value), `${workload} ${key}`);
      if (f.spread) assert.ok(f.spread[0] <= f.spread[1] && f.runs > 1, `${workload} ${key}: spread and runs`);
    }
  }
});

test('a changed result changes the README figure (the check can fail)', () => {
  const altered = (workload) => {
    const r = structuredClone(loadResults(workload));
    if (workload === 'plagiarism') r.figures.dolosSlower.value *= 2;
    return r;
  };
  const rendered = render(readme, altered);
  assert.notEqual(rendered, readme);
  assert.throws(
    () => render(readme, (w) => ({ ...loadResults(w), figures: {} })),
    /has no figure/,
    'a figure missing from the results is an error, not a blank',
  );
});
