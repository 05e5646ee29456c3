// analyzeCollection's clusters (the core's union-find over the linked pairs) against a plain
// reference: components of the graph of pairs at or above the threshold, read from its matrix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init } from 'simkit';
import { analyzeCollection } from 'simkit/jobs';

await init();

function referenceClusters(matrix, n, threshold) {
  const seen = new Array(n).fill(false);
  const out = [];
  for (let s = 0; s < n; ++s) {
    if (seen[s]) continue;
    const group = [];
    const stack = [s];
    seen[s] = true;
    while (stack.length) {
      const x = stack.pop();
      group.push(x);
      for (let y = 0; y < n; ++y) {
        if (!seen[y] && y !== x && matrix[x * n + y] >= threshold) {
          seen[y] = true;
          stack.push(y);
        }
      }
    }
    if (group.length > 1) out.push(group.sort((a, b) => a - b));
  }
  return out.sort((x, y) => y.length - x.length || x[0] - y[0]);
}

test('analyzeCollection: clusters are the components of the pairs at or above the threshold', () => {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () =>
    Array.from({ length: 3 + Math.floor(rand() * 6) }, () => 'abcdefghij'[Math.floor(rand() * 10)]).join('');
  const base = Array.from({ length: 12 }, () => Array.from({ length: 120 }, word).join(' '));
  // Chains of edited copies: a copy of a copy links to the original only through the middle one.
  const texts = [...base];
  for (const i of [0, 0, 3, 5, 5, 5]) texts.push(`${texts[i]} ${Array.from({ length: 20 }, word).join(' ')}`);
  texts.push(`${texts[texts.length - 1]} extra words at the end of a chain`);
  for (const threshold of [0.3, 0.6, 0.9]) {
    const r = analyzeCollection(texts, { threshold, topPairs: 3 });
    assert.deepEqual(r.clusters, referenceClusters(r.matrix, texts.length, threshold), `threshold ${threshold}`);
    if (threshold === 0.3) assert.ok(r.clusters.length >= 3 && r.clusters[0].length >= 4, JSON.stringify(r.clusters));
  }
  assert.deepEqual(analyzeCollection(['one text only']).clusters, []);
});

test('PROGRESS_AT names the index of every job progress parameter (what a worker relies on)', async () => {
  const jobs = await import('simkit/jobs');
  const { readDocumentFiles } = await import('../../npm/dist/web/documents-jobs.js');
  const all = { ...jobs.JOBS, readDocumentFiles };
  const params = (f) =>
    f
      .toString()
      .slice(f.toString().indexOf('(') + 1)
      .split(')')[0]
      .split(',')
      .map((p) => p.split('=')[0].trim());
  let checked = 0;
  for (const [name, at] of Object.entries(jobs.PROGRESS_AT)) {
    assert.equal(params(all[name])[at], 'progress', `${name}: parameter ${at} is not progress`);
    ++checked;
  }
  // and every job that has a progress parameter is listed
  for (const [name, f] of Object.entries(all))
    if (params(f).includes('progress')) assert.ok(name in jobs.PROGRESS_AT, name);
  assert.equal(checked, 3);
});
