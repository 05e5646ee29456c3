// Word tokens checked against the documented rule written out here with the Unicode Consortium's
// own data, UnicodeData.txt 15.0 (Debian's unicode-data, the version of the utf8proc tables
// compiled into the module; JavaScript's tables are a newer Unicode): maximal runs
// of letters and digits (general categories L*, N*) with the marks (M*) that follow; Han
// ideographs, Hiragana and Katakana are single-character tokens with the marks that follow them;
// a mark with no token before it is not a word. Tokens are read from normalize(text) — the text
// tokenize() works on — and compared with the text of tokenize()'s tokens.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { init, normalize, tokenize } from 'simkit';

before(() => init());

/** General category of every assigned code point, from UnicodeData.txt (ranges expanded). */
function loadCategories() {
  const category = new Map();
  let first = null;
  for (const line of readFileSync('/usr/share/unicode/UnicodeData.txt', 'utf8').split('\n')) {
    if (!line) continue;
    const [hex, name, gc] = line.split(';');
    const cp = parseInt(hex, 16);
    if (name.endsWith(', First>')) {
      first = cp;
      continue;
    }
    if (name.endsWith(', Last>')) {
      for (let c = first; c <= cp; ++c) category.set(c, gc);
      continue;
    }
    category.set(cp, gc);
  }
  return category;
}
const CATEGORY = loadCategories();
const classOf = (cp) => (CATEGORY.get(cp) ?? 'Cn')[0];
function isSingle(cp) {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x31f0 && cp <= 0x31ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff66 && cp <= 0xff9f) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

function tokensReference(text) {
  const out = [];
  let current = null; // { text, single }
  const close = () => {
    if (current) out.push(current.text);
    current = null;
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (isSingle(cp)) {
      close();
      current = { text: ch, single: true };
      continue;
    }
    const cls = classOf(cp);
    if (cls === 'L' || cls === 'N') {
      if (current?.single) close();
      current ??= { text: '', single: false };
      current.text += ch;
    } else if (cls === 'M') {
      if (current) current.text += ch;
    } else {
      close();
    }
  }
  close();
  return out;
}

const samples = [
  "Hello, World! It's 3.14 — e-mail_me@example.org #hashtag 2nd",
  'Съешь же ещё этих мягких французских булок, да выпей чаю.',
  'Καλημέρα κόσμε· ἀρχὴ ἥμισυ παντός.',
  'مرحبا بالعالم، هٰذا نَصٌّ عَرَبِيٌّ.',
  'नमस्ते दुनिया। हिन्दी में लिखा गया वाक्य।',
  'สวัสดีชาวโลก ภาษาไทยไม่มีช่องว่าง',
  '北京是中国的首都。ひらがなとカタカナ、ｶﾀｶﾅ。한국어 문장입니다.',
  'Café naïve coöperate résumé Straße ﬁnance Ⅻ ½ ² ①',
  'emoji 🙂👍🏽 family 👨‍👩‍👧 flags 🇫🇷 keycap 1️⃣',
  '\u0301lonely mark, then a\u0301b and 字\u0301字',
];

test('tokenize() follows the documented word rule on many scripts', () => {
  let tokens = 0;
  for (const text of samples) {
    const want = tokensReference(normalize(text));
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      want,
      text,
    );
    tokens += want.length;
  }
  assert.ok(tokens > 60, `${tokens} tokens compared`);
});

test('tokenize() follows the documented word rule on random BMP text', () => {
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  let compared = 0;
  for (let round = 0; round < 300; ++round) {
    let text = '';
    while (text.length < 40) {
      // half from the first 0x3000 code points (Latin … Thai, marks), half anywhere in the BMP
      const cp = next() % 2 ? next() % 0x3000 : next() % 0x10000;
      if (CATEGORY.has(cp) && !['Cs', 'Co'].includes(CATEGORY.get(cp))) text += String.fromCharCode(cp);
    }
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      tokensReference(normalize(text)),
      JSON.stringify(text),
    );
    ++compared;
  }
  assert.equal(compared, 300);
});
