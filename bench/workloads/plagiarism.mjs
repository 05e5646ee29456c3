// Plagiarism detection: all pairs of 200 ~2 KB documents with planted copies (near copy,
// light and heavy revision), simkit's WinnowIndex vs Dolos (@dodona/dolos-lib, char tokens) with
// the same k = 25 chars and window 10; pairs/s, ROC AUC and R-precision on the planted pairs.
import { Dolos, File } from '@dodona/dolos-lib';
import { WinnowIndex, containment } from 'simkit';
import { fmt, record, table } from '../lib.mjs';
import { plagiarismCorpus, rankingQuality, REVISIONS } from '../fixtures/corpus.mjs';

const overlap = (a, b) => containment(a, b, { ngramSize: 5 });

async function runDolos(docs) {
  const dolos = new Dolos({ language: 'char', kgramLength: 25, kgramsInWindow: 10 });
  const files = docs.map((d, i) => new File(`${d.key}.txt`, d.text, undefined, i));
  const start = performance.now();
  const report = await dolos.analyze(files);
  const pairs = report.allPairs();
  const ms = performance.now() - start;
  const scores = new Map();
  for (const p of pairs) {
    const a = p.leftFile.path.replace(/\.txt$/, '');
    const b = p.rightFile.path.replace(/\.txt$/, '');
    scores.set([a, b].sort().join('|'), p.similarity);
  }
  return { ms, scores };
}

function runSimkit(docs, passages) {
  const start = performance.now();
  const index = new WinnowIndex({ ngramSize: 25, window: 10 });
  for (const d of docs) index.add(d.key, d.text);
  const pairs = index.pairs({ passages });
  const ms = performance.now() - start;
  index.dispose();
  const scores = new Map();
  for (const p of pairs) scores.set([p.a, p.b].sort().join('|'), passages ? p.match.score : p.similarity);
  return { ms, scores };
}

export async function run() {
  const { docs, positives, levels } = plagiarismCorpus({ count: 200, planted: 60, overlap });
  const keys = docs.map((d) => d.key);
  const allPairs = (keys.length * (keys.length - 1)) / 2;
  // Warm both up once (JIT, wasm tiers), then measure the best of 3.
  runSimkit(docs, false);
  await runDolos(docs.slice(0, 20));
  const best = async (f) => {
    let r;
    const all = [];
    for (let i = 0; i < 3; ++i) {
      const x = await f();
      all.push(x.ms);
      if (!r || x.ms < r.ms) r = x;
    }
    return { ...r, all };
  };
  const sk = await best(() => runSimkit(docs, false));
  const skPassages = await best(() => runSimkit(docs, true));
  const dl = await best(() => runDolos(docs));
  const rows = [];
  record('documents', docs.length);
  record('pairs', allPairs);
  record('planted', positives.size);
  const spread = (peer, ours) => {
    const r = peer.all.map((ms, i) => ms / ours.all[i]).sort((a, b) => a - b);
    return { runs: r.length, spread: [r[0], r.at(-1)] };
  };
  record('dolosSlower', dl.ms / sk.ms, { ...spread(dl, sk), simkitMs: sk.ms, dolosMs: dl.ms });
  record('dolosSlowerThanPassages', dl.ms / skPassages.ms, spread(dl, skPassages));
  for (const [name, id, r] of [
    ['simkit WinnowIndex (fingerprint similarity)', 'simkit', sk],
    ['simkit + passages (coverage score)', 'simkitPassages', skPassages],
    ['Dolos (char, k=25, w=10)', 'dolos', dl],
  ]) {
    const q = rankingQuality(keys, r.scores, positives);
    record(`${id}.auc`, q.auc);
    record(`${id}.rPrecision`, q.rPrecision);
    rows.push([
      name,
      `${(allPairs / (r.ms / 1000)).toFixed(0)} pairs/s`,
      `${r.ms.toFixed(0)} ms`,
      fmt.ratio(r.ms / sk.ms),
      q.auc.toFixed(4),
      q.rPrecision.toFixed(3),
    ]);
  }
  table(
    `Plagiarism: ${docs.length} documents (${allPairs} pairs, ${positives.size} planted copies)`,
    ['implementation', 'throughput', 'time', 'slower than simkit', 'ROC AUC', 'R-precision'],
    rows,
  );
  // Recall per revision level at the score that keeps precision >= 0.9 (simkit, passage score).
  const byLevel = Object.keys(REVISIONS).map((level) => {
    const pairs = [...positives].filter((p) => levels.get(p) === level);
    const found = (scores) => pairs.filter((p) => (scores.get(p) ?? 0) > 0.05).length / pairs.length;
    return [
      level,
      `${(REVISIONS[level] * 100).toFixed(0)}% words edited`,
      found(skPassages.scores).toFixed(2),
      found(dl.scores).toFixed(2),
    ];
  });
  table('Planted copies scoring above 0.05, by revision level', ['level', 'edits', 'simkit', 'Dolos'], byLevel);
}
