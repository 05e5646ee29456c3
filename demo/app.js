// The demo page: compares two texts with simkit in the page and highlights shared shingles.
import { init, setSimilarity, shingles } from '/dist/index.web.js';

const $ = (id) => document.getElementById(id);
const SAMPLE_A = 'The quick brown fox jumps over the lazy dog. It was a bright cold day in April, and the clocks were striking thirteen.';
const SAMPLE_B = 'It was a bright cold day in April, and the clocks were striking thirteen. A quick brown fox jumped over a lazy dog.';

function options() {
  const size = Number($('size').value);
  return {
    shingle: $('unit').value,
    shingleSize: Number.isInteger(size) && size >= 1 && size <= 64 ? size : 3,
    normalize: { stripDiacritics: $('strip').checked },
  };
}

/** Merges the spans of the shingles whose hash is in `shared` into highlight ranges. */
function sharedRanges(list, shared) {
  const ranges = [];
  for (let i = 0; i < list.hashes.length; ++i) {
    if (!shared.has(list.hashes[i])) continue;
    const start = list.spans[2 * i];
    const end = list.spans[2 * i + 1];
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

function render(pre, text, ranges) {
  pre.replaceChildren();
  let at = 0;
  for (const [start, end] of ranges) {
    pre.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    pre.append(mark);
    at = end;
  }
  pre.append(text.slice(at));
}

function compare() {
  const a = $('text-a').value;
  const b = $('text-b').value;
  const o = options();
  const r = setSimilarity(a, b, o);
  $('jaccard').value = r.jaccard.toFixed(3);
  $('a-in-b').value = r.containmentAInB.toFixed(3);
  $('b-in-a').value = r.containmentBInA.toFixed(3);
  $('shared').value = String(r.intersection);
  const la = shingles(a, o);
  const lb = shingles(b, o);
  const inB = new Set(lb.hashes);
  const shared = new Set(la.hashes.filter((h) => inB.has(h)));
  render($('view-a'), a, sharedRanges(la, shared));
  render($('view-b'), b, sharedRanges(lb, shared));
  $('status').textContent = `Compared ${a.length} and ${b.length} characters.`;
}

$('sample').addEventListener('click', () => {
  $('text-a').value = SAMPLE_A;
  $('text-b').value = SAMPLE_B;
  compare();
});
$('compare').addEventListener('click', compare);

init().then(() => {
  $('status').textContent = 'Ready.';
  document.body.dataset.ready = 'true';
}, (e) => {
  $('status').textContent = `Could not load simkit: ${e.message}`;
});
