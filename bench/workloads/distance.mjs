// String distances: 100k pairs of 5-40 character strings through the batch API vs
// fastest-levenshtein, string-similarity and natural; best match of a query among 10k
// candidates with a prepared Matcher vs fastest-levenshtein's closest and string-similarity's
// findBestMatch. Results are checked equal before timing.
import { closest, distance } from 'fastest-levenshtein';
import stringSimilarity from 'string-similarity';
import { Matcher, distanceBatch, dice, jaroWinkler } from 'simkit';
import { createRequire } from 'node:module';
import { fmt, measure, table } from '../lib.mjs';
import { rng } from '../fixtures/corpus.mjs';

// natural is loaded only after the Levenshtein, Dice and best-match rows: with it loaded,
// fastest-levenshtein runs 2.4-5x slower in the same process (seen here, cause unknown), which
// would flatter simkit. Run this workload before `vector`, which loads natural too.
let natural = null;
const loadNatural = () => (natural ??= createRequire(import.meta.url)('natural'));

function strings(n, seed) {
  const random = rng(seed);
  const letters = 'etaoinshrdlucmfwypvbgkjqxz    ';
  return Array.from({ length: n }, () => {
    const len = 5 + Math.floor(random() * 36);
    let s = '';
    for (let i = 0; i < len; ++i) s += letters[Math.floor(random() * letters.length)];
    return s;
  });
}

export async function run() {
  const n = 100_000;
  const as = strings(n, 1);
  const bs = as.map((s, i) => (i % 2 ? strings(1, i)[0] : s.slice(1) + 'x'));
  // Check equality first.
  const lev = distanceBatch('levenshtein', as, bs);
  for (let i = 0; i < 2000; ++i) if (lev[i] !== distance(as[i], bs[i])) throw new Error(`levenshtein differs at ${i}`);
  const dices = as.slice(0, 2000).map((a, i) => dice(a, bs[i], { compat: 'string-similarity' }));
  dices.forEach((d, i) => { if (Math.abs(d - stringSimilarity.compareTwoStrings(as[i], bs[i])) > 1e-12) throw new Error(`dice differs at ${i}`); });

  const rows = [];
  const ours = measure(() => distanceBatch('levenshtein', as, bs), 1500);
  const theirs = measure(() => { for (let i = 0; i < n; ++i) distance(as[i], bs[i]); }, 1500);
  rows.push(['Levenshtein', fmt.perSec(ours / n), 'fastest-levenshtein', fmt.perSec(theirs / n), fmt.ratio(theirs / ours)]);
  const oursDice = measure(() => distanceBatch('similarity:dice', as, bs), 1500);
  const theirsDice = measure(() => { for (let i = 0; i < n; ++i) stringSimilarity.compareTwoStrings(as[i], bs[i]); }, 1500);
  rows.push(['Dice bigrams', fmt.perSec(oursDice / n), 'string-similarity', fmt.perSec(theirsDice / n), fmt.ratio(theirsDice / oursDice)]);
  const candidates = strings(10_000, 9);
  const queries = strings(50, 11);
  const matcher = new Matcher(candidates);
  for (const q of queries) {
    const mine = matcher.bestMatch(q, { scorer: 'levenshteinDistance' });
    if (distance(q, closest(q, candidates)) !== distance(q, mine.candidate)) throw new Error(`closest differs for ${q}`);
  }
  const mq = measure(() => { for (const q of queries) matcher.bestMatch(q, { scorer: 'levenshteinDistance' }); }, 1500) / queries.length;
  const fq = measure(() => { for (const q of queries) closest(q, candidates); }, 1500) / queries.length;
  const sq = measure(() => { for (const q of queries.slice(0, 10)) stringSimilarity.findBestMatch(q, candidates); }, 1500) / 10;
  const md = measure(() => { for (const q of queries) matcher.bestMatch(q, { scorer: 'dice' }); }, 1500) / queries.length;

  // Now natural (see the note at the top).
  loadNatural();
  for (let i = 0; i < 2000; ++i) if (Math.abs(jaroWinkler(as[i], bs[i], { boostThreshold: 0 }) - natural.JaroWinklerDistance(as[i], bs[i])) > 1e-9) throw new Error(`jaro-winkler differs at ${i}: ${JSON.stringify([as[i], bs[i], jaroWinkler(as[i], bs[i]), natural.JaroWinklerDistance(as[i], bs[i])])}`);
  const oursJw = measure(() => distanceBatch('jaroWinkler', as, bs, { boostThreshold: 0 }), 1500);
  const theirsJw = measure(() => { for (let i = 0; i < n; ++i) natural.JaroWinklerDistance(as[i], bs[i]); }, 1500);
  rows.push(['Jaro-Winkler (natural semantics)', fmt.perSec(oursJw / n), 'natural', fmt.perSec(theirsJw / n), fmt.ratio(theirsJw / oursJw)]);
  const theirsAfter = measure(() => { for (let i = 0; i < n; ++i) distance(as[i], bs[i]); }, 1500);
  table(`${n} pairs of 5-40 character strings (simkit batch API)`, ['metric', 'simkit pairs/s', 'peer', 'peer pairs/s', 'simkit speed-up'], rows);
  console.log(`(fastest-levenshtein measured before natural was loaded; after loading it: ${fmt.perSec(theirsAfter / n)}, ${fmt.ratio(theirsAfter / ours)} — not the figure above)`);
  table('Best match of one query among 10,000 candidates (prepared Matcher)', ['implementation', 'queries/s', 'simkit speed-up'], [
    ['simkit Matcher, levenshteinDistance', fmt.perSec(mq), '1.00x'],
    ['fastest-levenshtein closest()', fmt.perSec(fq), fmt.ratio(fq / mq)],
    ['simkit Matcher, dice', fmt.perSec(md), ''],
    ['string-similarity findBestMatch()', fmt.perSec(sq), `${fmt.ratio(sq / md)} (vs simkit dice)`],
  ]);
  matcher.dispose();
}
