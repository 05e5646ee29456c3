// NFC and NFKC against the Unicode Consortium's conformance file, NormalizationTest.txt 15.0
// (Debian's unicode-data): for every line c1;c2;c3;c4;c5, NFC(c1) = NFC(c3) = c2 and
// NFKC(c1) = NFKC(c5) = c4 — except the documented limit of normalizing per combining sequence
// (README, "What's inside"): two starters that compose with each other (conjoining Hangul jamo,
// a few Indic vowel signs) stay apart. Those lines are found from UnicodeData.txt's own
// decompositions, not from simkit's output, and the test counts them.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { init, normalize } from 'simkit';

before(() => init());

// Pairs of starters (canonical combining class 0) that canonically compose into one character.
function starterPairs() {
  const ccc = new Map();
  const decompositions = [];
  for (const line of readFileSync('/usr/share/unicode/UnicodeData.txt', 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split(';');
    ccc.set(parseInt(f[0], 16), Number(f[3]));
    if (f[5] && !f[5].startsWith('<')) {
      const parts = f[5].split(' ').map((h) => parseInt(h, 16));
      if (parts.length === 2) decompositions.push(parts);
    }
  }
  const pairs = new Set(
    decompositions.filter(([a, b]) => (ccc.get(a) ?? 0) === 0 && (ccc.get(b) ?? 0) === 0).map(([a, b]) => `${a},${b}`),
  );
  return { pairs, ccc };
}

const { pairs } = starterPairs();
const isL = (c) => c >= 0x1100 && c <= 0x1112;
const isV = (c) => c >= 0x1161 && c <= 0x1175;
const isT = (c) => c >= 0x11a8 && c <= 0x11c2;
const isLV = (c) => c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 === 0;

/** True when some two adjacent code points are starters that compose with each other. */
function composesAcrossStarters(codePoints) {
  for (let i = 0; i + 1 < codePoints.length; ++i) {
    const [a, b] = [codePoints[i], codePoints[i + 1]];
    if ((isL(a) && isV(b)) || (isLV(a) && isT(b)) || pairs.has(`${a},${b}`)) return true;
  }
  return false;
}

const parse = (field) =>
  field
    .trim()
    .split(' ')
    .map((h) => parseInt(h, 16));

test('NFC and NFKC pass NormalizationTest.txt except compositions of two starters', () => {
  const text = execFileSync('bzcat', ['/usr/share/unicode/NormalizationTest.txt.bz2'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let checked = 0;
  let across = 0;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('@')) continue;
    const [c1, c2, c3, c4, c5] = line.split(';').slice(0, 5).map(parse);
    if ([c1, c3, c5].some(composesAcrossStarters)) {
      ++across;
      continue;
    }
    const s = (cps) => String.fromCodePoint(...cps);
    const as = { caseFold: false, collapseWhitespace: false };
    for (const [form, source, want] of [
      ['NFC', c1, c2],
      ['NFC', c3, c2],
      ['NFKC', c1, c4],
      ['NFKC', c5, c4],
    ]) {
      assert.equal(normalize(s(source), { ...as, form }), s(want), `${form}: ${line.split('#')[0]}`);
      ++checked;
    }
  }
  assert.ok(checked > 30_000, `${checked} conversions checked`);
  // 11,172 Hangul syllables and a few dozen Indic two-part vowels: nothing else is left out.
  assert.ok(across > 11_000 && across < 11_400, `${across} lines left out as compositions of two starters`);
});
