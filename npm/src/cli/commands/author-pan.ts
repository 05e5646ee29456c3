// simkit author --pairs: PAN-style verification pairs ({"id", "pair": [known, unknown]}) and
// truth ({"id", "same"}), streamed: only a batch of pairs and the impostor pool are in memory,
// so PAN's full datasets (tens of thousands of long pairs) fit. Without --impostors the pool is
// made of the pairs' own texts, chosen exactly as AuthorshipVerifier's impostors: 'others'.
import { AuthorshipVerifier, evaluateVerification, xxh3, type VerifierOptions, type VerifyMethod } from '../../api.js';
import { learnCalibration, poolPositions, scoreVector } from '../../style-verification.js';
import { choiceFlag, numberFlag, UsageError, type Parsed } from '../args.js';
import { AtomicFile } from '../atomic-write.js';
import { collect, inputOptions, warn } from '../common.js';
import { InputError, jsonlRows, type InputOptions } from '../inputs.js';
import { render, type Format } from '../output.js';
import { Progress } from '../progress.js';

interface PanPair {
  id: string;
  known: string[];
  unknown: string;
}

/** Pairs verified per native batch: bounds memory, keeps the progress bar moving. */
const BATCH = 64;

type Reporting = Pick<InputOptions, 'strict' | 'warn'>;
/** Later passes over a file see the same valid lines; their warnings were printed already. */
const SILENT: Reporting = { strict: false, warn: () => {} };

function pairs(path: string, reporting: Reporting): AsyncGenerator<PanPair> {
  return jsonlRows(path, reporting, ({ row, where }) => {
    const pair = row.pair;
    if (typeof row.id !== 'string' && typeof row.id !== 'number') throw new InputError(`${where}: missing field "id"`);
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((t) => typeof t !== 'string'))
      throw new InputError(`${where}: "pair" must be an array of two texts`);
    return { id: String(row.id), known: [pair[0] as string], unknown: pair[1] as string };
  });
}

async function truthOf(path: string, reporting: Reporting): Promise<Map<string, boolean>> {
  const truth = new Map<string, boolean>();
  const rows = jsonlRows(path, reporting, ({ row, where }) => {
    if (typeof row.id !== 'string' && typeof row.id !== 'number') throw new InputError(`${where}: missing field "id"`);
    if (typeof row.same !== 'boolean') throw new InputError(`${where}: "same" must be true or false`);
    return [String(row.id), row.same] as const;
  });
  for await (const [id, same] of rows) truth.set(id, same);
  return truth;
}

/**
 * The 'others' pool of a pairs file in two streaming passes: count the distinct texts (by their
 * XXH3-64, the identity the native side uses), then keep the ones at the pool's positions.
 */
async function othersPool(
  path: string,
  reporting: Reporting,
  maxPool: number,
): Promise<{ pool: string[]; pairs: number }> {
  const seen = new Set<bigint>();
  let count = 0;
  for await (const p of pairs(path, reporting)) {
    ++count;
    for (const t of [...p.known, p.unknown]) seen.add(xxh3(t));
  }
  const wanted = new Set(poolPositions(seen.size, maxPool));
  seen.clear();
  const pool: string[] = [];
  for await (const p of pairs(path, SILENT)) {
    for (const t of [...p.known, p.unknown]) {
      const id = xxh3(t);
      if (seen.has(id)) continue;
      if (wanted.has(seen.size)) pool.push(t);
      seen.add(id);
    }
  }
  return { pool, pairs: count };
}

type Scored = { id: string; score: number; decision: string; rawScore: number; scores: (number | null)[] };

/**
 * Verifies every pair of a file in batches, calling `each` with the results in file order.
 * `pooled`: the impostors are `keptPool` (a calibration's) or else the file's own texts.
 * Returns the pairs verified and the pool used.
 */
async function verifyFile(
  path: string,
  reporting: Reporting,
  options: VerifierOptions,
  pooled: boolean,
  maxPool: number,
  label: string,
  each: (r: Scored) => Promise<void> | void,
  keptPool?: string[],
) {
  let pool: string[] | undefined = pooled ? keptPool : undefined;
  let total = 0;
  if (pooled && pool === undefined) {
    ({ pool, pairs: total } = await othersPool(path, reporting, maxPool));
    if (total === 0) throw new UsageError(`${path} has no pairs`);
    if (pool.length < 3)
      throw new UsageError(
        `${path}: the impostors method with the pairs' own texts needs at least three distinct texts, got ${pool.length}`,
      );
  }
  const verifier = new AuthorshipVerifier({ ...options, impostors: pool ?? options.impostors });
  const progress = new Progress(label, total);
  let done = 0;
  try {
    let batch: PanPair[] = [];
    const flush = async () => {
      const results = verifier.verifyMany(batch, { explain: 0 });
      for (let i = 0; i < batch.length; ++i) {
        const r = results[i];
        await each({
          id: batch[i].id,
          score: r.score,
          decision: r.decision,
          rawScore: r.rawScore,
          scores: scoreVector(r.scores),
        });
      }
      done += batch.length;
      progress.update(done);
      batch = [];
    };
    for await (const p of pairs(path, pool !== undefined ? SILENT : reporting)) {
      batch.push(p);
      if (batch.length === BATCH) await flush();
    }
    if (batch.length) await flush();
  } finally {
    progress.done();
    verifier.dispose();
  }
  if (done === 0) throw new UsageError(`${path} has no pairs`);
  return { done, pool };
}

/** --distortion: the combined method's only (default mask-content-words); 'none' for the others. */
export function distortionFlag(flags: Parsed['flags'], method: VerifyMethod): 'none' | 'mask-content-words' {
  const d = choiceFlag(flags, 'distortion', method === 'combined' ? 'mask-content-words' : 'none', [
    'mask-content-words',
    'none',
  ] as const);
  if (d !== 'none' && method !== 'combined') throw new UsageError(`--distortion ${d} needs --method combined`);
  return d;
}

export async function panMode(flags: Parsed['flags'], format: Format): Promise<number> {
  if (flags.known !== undefined || flags.candidate !== undefined || flags.authors !== undefined)
    throw new UsageError('--pairs goes without --known, --candidate and --authors');
  if ((flags.calibrate === undefined) !== (flags['calibrate-truth'] === undefined))
    throw new UsageError('--calibrate and --calibrate-truth go together');
  const method = choiceFlag(flags, 'method', 'combined', ['combined', 'impostors', 'cosine'] as const);
  // Without --impostors the pairs' own texts are the impostors (PAN's setting: the combined
  // method's character models of impostors are what lifts cross-topic pairs).
  const pooled = flags.impostors === undefined && method !== 'cosine';
  const maxPool = numberFlag(flags, 'max-pool', 300, 2, 1_000_000, true);
  const failOn = numberFlag(flags, 'fail-on', Infinity, 0, 1);
  const reporting = inputOptions(flags);
  const impostors = await collect((flags.impostors as string[] | undefined) ?? [], flags);
  if (method === 'impostors' && flags.impostors !== undefined && impostors.length < 2)
    throw new UsageError(`--impostors: the impostors method needs at least two texts, got ${impostors.length}`);
  const options: VerifierOptions = {
    method,
    distortion: distortionFlag(flags, method),
    impostors: method === 'cosine' || impostors.length === 0 ? undefined : impostors.map((d) => d.text),
    seed: numberFlag(flags, 'seed', 0, 0, Number.MAX_SAFE_INTEGER, true),
  };
  let keptPool: string[] | undefined;
  if (typeof flags.calibrate === 'string') {
    const truth = await truthOf(flags['calibrate-truth'] as string, reporting);
    const labels: boolean[] = [];
    const raw: number[] = [];
    const vectors: (number | null)[][] = [];
    // The calibration pairs' pool stays the impostors of the pairs verified after: the same
    // pool at calibration and use, so the learned weights fit (as AuthorshipVerifier does).
    ({ pool: keptPool } = await verifyFile(flags.calibrate, reporting, options, pooled, maxPool, 'calibrating', (r) => {
      const same = truth.get(r.id);
      if (same === undefined) {
        warnNoTruth(flags['calibrate-truth'] as string, r.id);
        return;
      }
      labels.push(same);
      raw.push(r.rawScore);
      vectors.push(r.scores);
    }));
    if (!labels.includes(true) || !labels.includes(false))
      throw new UsageError(`--calibrate ${flags.calibrate}: needs same-author and different-author pairs`);
    const cal = learnCalibration(method, labels, raw, vectors);
    options.calibration = cal.calibration;
    process.stderr.write(
      `simkit: calibrated on ${labels.length} pairs: band [${cal.calibration.band.join(', ')}]${cal.strength === undefined ? '' : `, held to the default with strength ${cal.strength}`}, overall ${cal.before.overall.toFixed(3)} -> ${cal.after.overall.toFixed(3)}\n`,
    );
  }
  const truth = flags.truth === undefined ? undefined : await truthOf(flags.truth as string, reporting);
  // answers.jsonl gets its name only once every pair is answered.
  const answers = typeof flags.answers === 'string' ? await AtomicFile.create(flags.answers) : undefined;
  const rows: Scored[] = [];
  const labels: boolean[] = [];
  const scores: number[] = [];
  let found = false;
  try {
    await verifyFile(
      flags.pairs as string,
      reporting,
      options,
      pooled,
      maxPool,
      'verifying',
      async (r) => {
        found ||= r.score >= failOn;
        if (answers) await answers.write(`${JSON.stringify({ id: r.id, value: r.score })}\n`);
        if (truth) {
          const same = truth.get(r.id);
          if (same === undefined) warnNoTruth(flags.truth as string, r.id);
          else {
            labels.push(same);
            scores.push(r.score);
          }
        } else rows.push(r);
      },
      keptPool,
    );
    await answers?.commit();
  } finally {
    await answers?.abort();
  }
  if (answers) process.stderr.write(`simkit: wrote ${flags.answers as string}\n`);
  const out = process.stdout;
  if (truth) {
    if (labels.length === 0) throw new UsageError(`${flags.truth as string}: no truth for any pair`);
    const row = {
      pairs: labels.length,
      method,
      calibrated: options.calibration !== undefined,
      ...evaluateVerification(labels, scores),
    };
    // JSON readers get no deprecation warning: the old field names stay beside the new ones for a minor version.
    const json = { ...row, c_at_1: row.cAt1, f_05_u: row.f05u };
    out.write(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : render([row], Object.keys(row), format));
  } else if (!answers || format !== 'table') {
    out.write(render(rows, ['id', 'score', 'decision', 'rawScore'], format));
  }
  return found ? 1 : 0;
}

function warnNoTruth(path: string, id: string) {
  warn(`${path}: no truth for pair "${id}"; left out of the metrics`);
}
