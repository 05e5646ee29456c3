// The one protocol definition: npm/src/protocol.ts is exactly what scripts/gen-protocol.mjs makes
// of src/simkit/protocol.h, the generator refuses what it cannot read, and the numbers are
// used from there (the package's scorer list, limits and codes reach the native side intact).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as simkit from 'simkit';
import { SCORERS as WORKER_SCORERS } from 'simkit/worker';
import { generate, HEADER, OUTPUT } from '../../scripts/gen-protocol.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
await simkit.init();

test('npm/src/protocol.ts is generated from src/simkit/protocol.h (run scripts/gen-protocol.mjs)', () => {
  const committed = readFileSync(join(root, OUTPUT), 'utf8');
  assert.equal(committed, generate(readFileSync(join(root, HEADER), 'utf8')));
});

test('the generator reads constants, enums and name tables, and refuses anything else', () => {
  const header = [
    '/// A limit.',
    'inline constexpr uint32_t kMaxThings = size_t{2} << 10;',
    '/// Names.',
    'inline constexpr std::string_view kThingNames[] = {"one", "two"};',
    'enum class ThingKind : uint8_t {',
    '  kFirst = 0,  ///< the first',
    '  kSecond = 5,',
    '};',
    'static_assert(true);',
  ].join('\n');
  const ts = generate(header);
  assert.match(ts, /\/\*\* A limit\. \*\/\nexport const MAX_THINGS = 2048;/);
  assert.match(ts, /export const THING_NAMES = \['one', 'two'\] as const;/);
  assert.match(
    ts,
    /export const THING_KIND = \{\n {2}\/\*\* the first \*\/\n {2}FIRST: 0,\n {2}SECOND: 5,\n\} as const;/,
  );
  assert.throws(() => generate('constexpr int kHidden = 3;'), /does not read this line/);
  assert.throws(() => generate('enum class E : uint8_t {\n  kA,\n};'), /explicit values/);
});

test('no protocol number is repeated in the TypeScript sources: they import protocol.ts', () => {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') && p !== join(root, OUTPUT)) files.push(p);
    }
  };
  walk(join(root, 'npm/src'));
  const offenders = files.filter((f) => /\b4096\b/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, [], 'the numPerm limit is MAX_NUM_PERM');
  assert.equal(simkit.MAX_NUM_PERM, 4096);
  assert.equal(simkit.MAX_SHINGLE_SIZE, 64);
});

test('limits reach both sides: MAX_NUM_PERM slots are accepted, one more is refused', () => {
  const max = simkit.MAX_NUM_PERM;
  assert.equal(new simkit.MinHasher({ numPerm: max }).sign('a b c d').length, max);
  assert.throws(() => new simkit.MinHasher({ numPerm: max + 1 }), new RegExp(`\\[1, ${max}\\]`));
  const index = new simkit.LshIndex({ numPerm: max, bands: 1, rows: max });
  assert.equal(index.params.numPerm, max);
  index.dispose();
  assert.ok(simkit.shingles('a b c', { shingleSize: simkit.MAX_SHINGLE_SIZE }).hashes.length <= 1);
  assert.throws(() => simkit.shingles('a', { shingleSize: simkit.MAX_SHINGLE_SIZE + 1 }), RangeError);
});

test('SCORERS: every name scores, in the core order (distanceBatch agrees with similarity)', () => {
  assert.deepEqual(WORKER_SCORERS, simkit.SCORERS);
  assert.equal(new Set(simkit.SCORERS).size, simkit.SCORERS.length);
  const as = ['kitten', 'Paris', 'flaw', 'abcdef'];
  const bs = ['sitting', 'Pariss', 'lawn', 'bacdfe'];
  const seen = new Set();
  for (const scorer of simkit.SCORERS) {
    const batch = simkit.distanceBatch(`similarity:${scorer}`, as, bs);
    as.forEach((a, i) => {
      const single = simkit.similarity(a, bs[i], { scorer });
      assert.ok(single >= 0 && single <= 1, scorer);
      assert.equal(batch[i], single, `${scorer}: batch vs single`);
    });
    assert.equal(simkit.extract('Paris', ['Pariss', 'London'], { scorer })[0].candidate, 'Pariss', scorer);
    seen.add([...batch].join());
  }
  // Distinct scorers give distinct scores here: a code sent for the wrong scorer would show.
  assert.equal(seen.size, simkit.SCORERS.length);
  assert.equal(simkit.similarity('kitten', 'sitting', { scorer: 'levenshteinDistance' }), 1 / 4);
  assert.equal(simkit.similarity('ab', 'ba', { scorer: 'osa' }), 0.5);
});

test('error codes: every status the core reports maps to its SimkitError code', () => {
  assert.throws(
    () => new simkit.MinHasher().deserialize(new Uint8Array(64)),
    (e) => e instanceof simkit.SimkitError && e.code === 'CORRUPT_DATA',
  );
  assert.throws(
    () => simkit.shingles(new Uint8Array([0xff])),
    (e) => e instanceof simkit.SimkitError && e.code === 'INVALID_UTF8',
  );
});
