#!/usr/bin/env node
// The README's benchmark figures, rendered from the committed results in bench/results/ (written
// by `node bench/run.mjs WORKLOAD`). Each figure sits between `<!-- bench:NAME -->` and
// `<!-- /bench -->`; FIGURES[NAME] renders what goes between them. tests/js/readme-figures.test.js
// fails when the README says anything else.
// Usage: node scripts/readme-figures.mjs          rewrite README.md from the results
//        node scripts/readme-figures.mjs --check  exit 1 when README.md is not what they render
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const readmePath = fileURLToPath(new URL('README.md', root));
const resultsDir = new URL('bench/results/', root);

/** bench/results/<workload>.json, parsed; throws naming the file when it is missing. */
export function loadResults(workload) {
  const url = new URL(`${workload}.json`, resultsDir);
  if (!existsSync(url))
    throw new Error(`bench/results/${workload}.json is missing: run node bench/run.mjs ${workload}`);
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** One figure of a workload's results; throws naming it when absent. */
function figure(results, key) {
  const f = results.figures[key];
  if (!f) throw new Error(`bench/results/${results.workload}.json has no figure ${key}`);
  return f;
}

// Number styles. A ratio keeps two significant digits (1.8×, 16×); a rate two significant
// digits with a thousands separator (43,000); a fraction two decimals, R-precision three.
const times = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
const about = (x) => Number(x.toPrecision(2)).toLocaleString('en-US');
const two = (x) => x.toFixed(2);
const three = (x) => x.toFixed(3);
const range = (f) => `${times(f.spread[0]).slice(0, -1)}–${times(f.spread[1])}`;

/** Each figure's text from the results of the workloads it names. */
export const FIGURES = {
  machine(load) {
    const all = ['plagiarism', 'minhash', 'vector', 'distance', 'xxhash', 'demo'].map(load);
    const m = all[0].machine;
    // The workloads may have run on different machines of the same kind: name every CPU.
    const cpus = [...new Set(all.map((r) => r.machine.cpu))].map((cpu) => `an ${cpu}`).join(' or ');
    const loads = all.flatMap((r) => r.machine.load);
    const dates = all.map((r) => r.date).sort();
    return (
      `Measured with \`npm run bench\` (${dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`}, ` +
      `Node ${m.node}, ${m.cores} cores of ${cpus} shared with other jobs: load average ` +
      `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}), peers in the same process; every figure ` +
      'below is rendered from the results in [bench/results/](bench/results/):'
    );
  },
  plagiarism(load) {
    const r = load('plagiarism');
    const ours = figure(r, 'simkit.rPrecision').value;
    const dolos = figure(r, 'dolos.rPrecision').value;
    const ranking = ours > dolos ? 'better' : ours === dolos ? 'the same' : 'worse';
    return (
      `**Plagiarism: ${times(figure(r, 'dolosSlower').value)} faster than Dolos** on ` +
      `${figure(r, 'documents').value} documents (all ${figure(r, 'pairs').value.toLocaleString('en-US')} pairs; ` +
      `${range(figure(r, 'dolosSlower'))} over ${figure(r, 'dolosSlower').runs} runs), ${ranking} ranking of ` +
      `${figure(r, 'planted').value} planted copies (R-precision ${three(ours)} vs ${three(dolos)}), passages ` +
      'located to the character in your strings.'
    );
  },
  minhash(load) {
    const r = load('minhash');
    return (
      `**Near-duplicates: ${about(figure(r, 'oph.docsPerSec').value)} documents/s** MinHash-signed in Node ` +
      '(one-permutation hashing, 2 KB documents of English prose; the npm `minhash` package: ' +
      `~${about(figure(r, 'peer.docsPerSec').value)}/s); LSH at 0.8 finds ${two(figure(r, 'oph.lsh.recall').value)} ` +
      `of the true pairs at ${two(figure(r, 'oph.lsh.precision').value)} precision.`
    );
  },
  simhash(load) {
    const r = load('vector');
    return (
      `**SimHash: ${times(figure(r, 'simhash.jsSlower').value)} the documents/s of simhash-js** (10k ` +
      `documents of 2 KB) and separation of planted near-duplicates from random pairs with ROC AUC ` +
      `${two(figure(r, 'simhash.auc').value)} (simhash-js ${two(figure(r, 'simhash.jsAuc').value)}).`
    );
  },
  tfidf(load) {
    const r = load('vector');
    return `**TF-IDF top-5 for 1,000 documents ${times(figure(r, 'tfidf.naturalSlower').value)} faster than natural**`;
  },
  distance(load) {
    const r = load('distance');
    const lev = figure(r, 'levenshtein');
    const vs = (key) => {
      const x = figure(r, key).value;
      return x >= 1 ? `${times(x)} faster` : `${times(1 / x)} slower`;
    };
    return (
      `**Fuzzy matching: Levenshtein over 100k pairs ${times(lev.value)} fastest-levenshtein (best of ` +
      `${lev.runs} rounds each; round by round ${range(lev)}; ${times(figure(r, 'levenshtein.passages').value)} on ` +
      `100–500 character passages), best match among 10k candidates ${times(figure(r, 'closest').value)} its ` +
      `closest()**, Dice ${times(figure(r, 'dice').value)} string-similarity; Unicode-correct (an emoji is one ` +
      `character). Short strings against fastest-levenshtein: Cyrillic ${vs('levenshtein.cyrillic')}, ` +
      `CJK ${vs('levenshtein.cjk')}, emoji with \`unit: 'utf16'\` ${vs('levenshtein.emojiUtf16')}; ASCII ` +
      `batches ${times(figure(r, 'pythonLevenshtein').value)} python-Levenshtein (its C, called from Python). ` +
      `One \`levenshtein(a, b)\` call per pair is ${vs('levenshtein.singleCall')} than fastest-levenshtein's ` +
      `\`distance()\` (each call crosses into wasm; \`distanceBatch\` for many pairs).`
    );
  },
  xxhash(load) {
    const r = load('xxhash');
    const packed = figure(r, 'xxh3.keys16.packed');
    const strings = figure(r, 'xxh3.keys16.strings');
    return (
      `**xxHash batch API: ${times(packed.value)} the keys/s of ${packed.peer} (XXH3, 16-byte keys as ` +
      `PackedKeys; ${times(strings.value)} as an array of strings)**, bit-identical to xxHash's reference vectors.`
    );
  },
  size(load) {
    const r = load('size');
    const kib = (key) => Math.round(figure(r, key).value / 1024);
    return (
      `**Compact**: ${kib('webAppBytes')} KiB gzip for what a web app ships (the wasm and a minified bundle ` +
      `of every export), ${kib('gzipBytes')} KiB for the package's wasm, glue and API files; every capability included.`
    );
  },
  demo(load) {
    const f = figure(load('demo'), 'docs200.medianMs');
    const tasks =
      f.longTasks === 0
        ? 'with no long task on the UI thread'
        : `with ${f.longTasks} long task${f.longTasks === 1 ? '' : 's'} on the UI thread in the ${f.runs} loads, none over ${Math.round(f.longestTaskMs)} ms`;
    return `200 documents of 2 KB go from the drop to every result on screen in ${(f.value / 1000).toFixed(1)} s in headless Chromium (median of ${f.runs} page loads), ${tasks}`;
  },
  // The winners' published test-split figures are constants (PAN_WINNERS in bench/workloads/style-pan.mjs).
  pan(load) {
    const r = load('style-pan');
    const v = "default: combined (impostors: the calibration problems' texts)";
    // The index-order folds, then the mean over shuffled fold assignments (the steadier figure).
    const final = (set) => {
      const shuffled = Object.keys(r.figures).find((k) => k.startsWith(`${set} / ${v} / cv, mean of `));
      const mean = shuffled
        ? ` (${two(figure(r, shuffled).value)} over ${shuffled.match(/mean of (\d+)/)[1]} shuffled fold assignments)`
        : '';
      return `${two(figure(r, `${set} / ${v} / cv`).value)}${mean}`;
    };
    return (
      `AUC × c@1 ${final('PAN14-EN novels')} on PAN14 novels (the 2014 winner's test figure: 0.51), ` +
      `${final('PAN15-EN')} on PAN15 (winner 0.61), ${final('PAN14-EN essays')} on PAN14 essays (winner 0.51)`
    );
  },
};

const MARKER = /<!-- bench:([\w-]+) -->([\s\S]*?)<!-- \/bench -->/g;

/** `text` with every marked figure rendered from the results (`load(workload)` reads them). */
export function render(text, load = loadResults) {
  const cache = new Map();
  const cached = (w) => {
    if (!cache.has(w)) cache.set(w, load(w));
    return cache.get(w);
  };
  return text.replace(MARKER, (_, name) => {
    if (!FIGURES[name]) throw new Error(`README.md: unknown figure <!-- bench:${name} -->`);
    return `<!-- bench:${name} -->${FIGURES[name](cached)}<!-- /bench -->`;
  });
}

/** The names of the marked figures in `text`, in order. */
export const markedFigures = (text) => [...text.matchAll(MARKER)].map((m) => m[1]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(readmePath, 'utf8');
  const rendered = render(text);
  if (process.argv.includes('--check')) {
    if (rendered !== text) {
      console.error('README.md figures differ from bench/results: run node scripts/readme-figures.mjs');
      process.exit(1);
    }
  } else if (rendered !== text) {
    writeFileSync(readmePath, rendered);
    console.log('README.md: figures rendered from bench/results');
  }
}
