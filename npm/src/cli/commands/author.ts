// simkit author: authorship verification (known texts vs unknown ones, general impostors or the
// cosine baseline) and attribution (candidate authors, Delta family), with the features that
// decided; leave-one-out accuracy of a labelled corpus.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AuthorshipModel, AuthorshipVerifier, type Attribution, type Verification } from '../../api.js';
import { choiceFlag, numberFlag, rejectFlags, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect } from '../common.js';
import type { Document } from '../inputs.js';
import { render, type Format } from '../output.js';
import { Progress } from '../progress.js';
import { distortionFlag, panMode } from './author-pan.js';

// Feature names as printed: escapes for control characters, spaces made visible (n-grams).
const show = (s: string) => JSON.stringify(s).slice(1, -1).replace(/ /g, '␣');

/** --candidate NAME=PATH and --authors DIR (one subdirectory per author) as labelled documents. */
async function candidates(flags: Parsed['flags']): Promise<Array<{ author: string; doc: Document }>> {
  const out: Array<{ author: string; doc: Document }> = [];
  for (const spec of (flags.candidate as string[] | undefined) ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0 || eq === spec.length - 1)
      throw new UsageError(`--candidate must be NAME=PATH, got ${JSON.stringify(spec)}`);
    for (const doc of await collect([spec.slice(eq + 1)], flags)) out.push({ author: spec.slice(0, eq), doc });
  }
  if (typeof flags.authors === 'string') {
    const root = flags.authors;
    let entries: Dirent[];
    try {
      if (!(await stat(root)).isDirectory())
        throw new UsageError(`--authors must be a directory with one subdirectory per author: ${root}`);
      entries = (await readdir(root, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(
        `--authors ${root}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    for (const e of entries) {
      for (const doc of await collect([join(root, e.name)], flags))
        out.push({ author: e.name, doc: { ...doc, key: `${e.name}/${doc.key}` } });
    }
  }
  return out;
}

function verificationRow(unknown: string, v: Verification, method: string) {
  return {
    unknown,
    score: v.score,
    decision: v.decision,
    rawScore: v.rawScore,
    similarity: v.similarity,
    method,
    calibrated: v.calibrated,
  };
}

function attributionRow(unknown: string, a: Attribution) {
  return { unknown, author: a.author, distance: a.ranking[0].distance, runnerUp: a.runnerUp, margin: a.margin };
}

export const author: Command = {
  name: 'author',
  summary: 'authorship verification and attribution (stylometry), with explanations',
  help: `Usage: simkit author --known <path>... <unknown>... [options]      (verification)
       simkit author --candidate NAME=<path>... <unknown>... [options] (attribution)
       simkit author --authors <dir> --leave-one-out [options]          (evaluation)
       simkit author --pairs pairs.jsonl [--truth truth.jsonl] [options] (PAN-style pairs)

Verification: were the unknown texts written by the author of the known texts? The default
'combined' method needs no other texts: how much a character language model of one side helps
predict the other (both ways) and the character 4-gram cosine; with --impostors (texts by
other authors of the same genre and language) also the general impostors score and how much
better the known texts' character model predicts the unknown one than the impostors' models
do (and the reverse), which helps most across topics, and two Deltas against the impostors:
Cosine Delta of the frequent words and Burrows's Delta of nine text statistics. Prints a
same-author score in [0, 1], the decision, and the evidence behind it. The score becomes a
probability once calibrated on labelled pairs (--pairs with --calibrate).

Attribution: which candidate wrote each unknown text? Delta (Burrows, Eder or Cosine Delta)
over the most frequent words of the candidates' texts, z-scored over them; prints the ranking
and the features that favoured the winner over the runner-up. --authors DIR takes one
subdirectory per author.

PAN-style pairs: PAN's JSONL ({"id", "pair": [text, text]}, truth {"id", "same"}). The first
text of a pair is the known one. Without --impostors the impostors are the pairs' own texts
(except for --method cosine): with --calibrate those of the calibration pairs, for both files
(the weights are learned against the pool they are used with), else the other pairs of
--pairs. Impostors sharing a passage with a pair's text are left out for it. --calibrate (with
--calibrate-truth) learns the calibration on labelled pairs first (combined: a logistic
regression over its scores, then the unanswered band; other methods: the band);
--answers writes PAN's answers.jsonl ({"id", "value"}); with --truth the PAN metrics are
printed. The files are streamed (a batch of pairs in memory at a time); a bad line is reported
with file:line and skipped unless --strict. Nothing leaves this machine.

Options:
  --known PATH           texts by the known author (repeatable; files or directories)
  --unknown PATH         texts to verify or attribute (repeatable; or give them as arguments)
  --impostors PATH       texts by other authors of the same genre and language (repeatable)
  --method combined|impostors|cosine  verification method (default combined)
  --distortion mask-content-words|none  combined method: also score the texts with every
                         word but English function words masked, which sees habits rather
                         than topic (default mask-content-words; none: the texts as written only)
  --band P1,P2           unanswered band on the raw score, e.g. from a calibration (PAN style)
  --candidate NAME=PATH  texts of a candidate author (repeatable)
  --authors DIR          candidate authors as subdirectories of DIR
  --delta cosine|burrows|eder  attribution distance (default cosine)
  --mfw N                most frequent words used as features (default 300)
  --mfc N                most frequent character n-grams used as features (default 0)
  --reference PATH       texts by other writers for choosing features and z-scoring only (repeatable)
  --leave-one-out        attribute each candidate text by a model fitted without it
  --explain N            features listed per decision (default 10; 0 for none)
  --seed N               seed of the impostors method (default 0)
  --pairs FILE           PAN pairs.jsonl to verify
  --truth FILE           PAN truth.jsonl of --pairs: print AUC, c@1, F0.5u, F1, Brier
  --calibrate FILE       labelled PAN pairs to calibrate the band on (needs --calibrate-truth)
  --calibrate-truth FILE truth.jsonl of --calibrate
  --answers FILE         write PAN's answers.jsonl
  --max-pool N           with the pairs' own texts as impostors, at most N of them (default 300)
  --format table|json|csv  output (default table)
  --fail-on X            exit 1 when a verification score >= X
${INPUT_HELP}

Examples:
  simkit author --known letters/ --impostors other-writers/ disputed.txt
  simkit author --candidate Hamilton=hamilton/ --candidate Madison=madison/ paper49.txt paper50.txt
  simkit author --authors corpus/ --leave-one-out --format json
  simkit author --calibrate train.jsonl --calibrate-truth train-truth.jsonl --pairs test.jsonl --truth test-truth.jsonl --answers answers.jsonl`,
  flags: {
    ...COMMON_FLAGS,
    ...INPUT_FLAGS,
    known: { type: 'string', multiple: true },
    unknown: { type: 'string', multiple: true },
    impostors: { type: 'string', multiple: true },
    method: { type: 'string' },
    distortion: { type: 'string' },
    band: { type: 'string' },
    candidate: { type: 'string', multiple: true },
    authors: { type: 'string' },
    delta: { type: 'string' },
    mfw: { type: 'string' },
    mfc: { type: 'string' },
    'leave-one-out': { type: 'boolean' },
    reference: { type: 'string', multiple: true },
    explain: { type: 'string' },
    seed: { type: 'string' },
    pairs: { type: 'string' },
    truth: { type: 'string' },
    calibrate: { type: 'string' },
    'calibrate-truth': { type: 'string' },
    answers: { type: 'string' },
    'max-pool': { type: 'string' },
    'fail-on': { type: 'string' },
  },
  async run({ flags, positionals }: Parsed) {
    const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
    const explain = numberFlag(flags, 'explain', 10, 0, 10_000, true);
    const failOn = numberFlag(flags, 'fail-on', Infinity, 0, 1);
    if (typeof flags.pairs === 'string') {
      if (positionals.length > 0)
        throw new UsageError(`--pairs reads its texts from the file; unexpected ${positionals[0]}`);
      rejectFlags(
        flags,
        ['unknown', 'delta', 'mfw', 'mfc', 'leave-one-out', 'reference', 'band', 'explain'],
        'does not apply to --pairs',
      );
      return panMode(flags, format);
    }
    for (const f of ['truth', 'calibrate', 'calibrate-truth', 'answers', 'max-pool'])
      if (flags[f] !== undefined) throw new UsageError(`--${f} needs --pairs`);
    const unknownPaths = [...((flags.unknown as string[] | undefined) ?? []), ...positionals];
    const verifying = flags.known !== undefined;
    const attributing = flags.candidate !== undefined || flags.authors !== undefined;
    if (verifying === attributing)
      throw new UsageError('give either --known (verification) or --candidate/--authors (attribution)');
    if (verifying) rejectFlags(flags, ['delta', 'mfw', 'mfc'], 'applies to attribution (--candidate or --authors)');
    else
      rejectFlags(
        flags,
        ['impostors', 'method', 'distortion', 'band', 'seed'],
        'applies to verification (--known or --pairs)',
      );
    if (flags['leave-one-out'] && !attributing) throw new UsageError('--leave-one-out needs --candidate or --authors');
    if (flags.reference !== undefined && !attributing)
      throw new UsageError('--reference needs --candidate or --authors');
    if (unknownPaths.length === 0 && !flags['leave-one-out'])
      throw new UsageError('author needs the unknown texts (--unknown or arguments)');
    const unknown = await collect(unknownPaths, flags);
    const out = process.stdout;

    if (verifying) {
      const known = await collect(flags.known as string[], flags);
      if (known.length === 0) throw new UsageError('--known names no readable text');
      const impostors = await collect((flags.impostors as string[] | undefined) ?? [], flags);
      const method = choiceFlag(flags, 'method', 'combined', ['combined', 'impostors', 'cosine'] as const);
      if (method === 'impostors' && impostors.length < 2)
        throw new UsageError(`--method impostors needs --impostors with at least two texts, got ${impostors.length}`);
      let band: [number, number] | undefined;
      if (typeof flags.band === 'string') {
        const parts = flags.band.split(',').map(Number);
        if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p) || p < 0 || p > 1) || parts[1] < parts[0]) {
          throw new UsageError(`--band must be P1,P2 with 0 <= P1 <= P2 <= 1, got ${JSON.stringify(flags.band)}`);
        }
        band = [parts[0], parts[1]];
      }
      const verifier = new AuthorshipVerifier({
        method,
        distortion: distortionFlag(flags, method),
        impostors: method === 'cosine' ? undefined : impostors.map((d) => d.text),
        band,
        seed: numberFlag(flags, 'seed', 0, 0, Number.MAX_SAFE_INTEGER, true),
      });
      try {
        const progress = new Progress('verifying', unknown.length);
        const results = unknown.map((u, i) => {
          const v = verifier.verify({ known: known.map((d) => d.text), unknown: u.text }, { explain });
          progress.update(i + 1);
          return { key: u.key, v };
        });
        progress.done();
        const rows = results.map((r) => verificationRow(r.key, r.v, method));
        if (format === 'json') {
          out.write(
            `${JSON.stringify(
              results.map((r) => ({ ...verificationRow(r.key, r.v, method), explanation: r.v.explanation })),
              null,
              2,
            )}\n`,
          );
        } else {
          out.write(
            render(rows, ['unknown', 'score', 'decision', 'rawScore', 'similarity', 'method', 'calibrated'], format),
          );
          if (format === 'table') {
            if (!band && method !== 'impostors')
              out.write(
                `\nnote: the ${method} score is uncalibrated; calibrate on labelled pairs (--pairs --calibrate) or give --band for meaningful decisions\n`,
              );
            for (const r of results) {
              const s = r.v.scores;
              if (!explain || !s) break;
              const vsImpostors =
                s.knownModelBeatsImpostors === null || s.unknownModelBeatsImpostors === null
                  ? ''
                  : `; the known texts' model predicts the unknown one ${s.knownModelBeatsImpostors.toFixed(2)} sd better than impostors' models (the unknown's model the known: ${s.unknownModelBeatsImpostors.toFixed(2)}); impostors score ${(s.impostors as number).toFixed(3)}; Cosine Delta of the frequent words ${(s.cosineDelta as number).toFixed(3)}; text statistics ${(-(s.statsDelta as number)).toFixed(2)} sd apart`;
              out.write(
                `\n${r.key}: character model: reading the known texts saves ${s.knownPredictsUnknown.toFixed(3)} bits/char of the unknown one; reading the unknown one saves ${s.unknownPredictsKnown.toFixed(3)} of the known; n-gram cosine ${s.cosine.toFixed(3)}${vsImpostors}\n`,
              );
            }
            for (const r of results) {
              if (!explain) break;
              const z = impostors.length >= 2;
              const columns = ['feature', 'known/1000', 'unknown/1000', ...(z ? ['knownZ', 'unknownZ'] : [])];
              const table = (list: typeof r.v.explanation.shared) =>
                render(
                  list.map((e) => ({
                    feature: show(e.feature),
                    'known/1000': e.known * 1000,
                    'unknown/1000': e.unknown * 1000,
                    knownZ: e.knownZ,
                    unknownZ: e.unknownZ,
                  })),
                  columns,
                  'table',
                );
              out.write(
                `\n${r.key}: features ${z ? 'both use unlike the impostors (z-scores against them)' : 'adding most to the similarity'}\n`,
              );
              out.write(table(r.v.explanation.shared));
              out.write(`${r.key}: features whose use differs most\n`);
              out.write(table(r.v.explanation.differing));
            }
          }
        }
        return results.some((r) => r.v.score >= failOn) ? 1 : 0;
      } finally {
        verifier.dispose();
      }
    }

    const labelled = await candidates(flags);
    const authors = new Set(labelled.map((l) => l.author));
    if (authors.size < 2)
      throw new UsageError(`attribution needs texts of at least two candidate authors, got ${authors.size}`);
    const method = choiceFlag(flags, 'delta', 'cosine', ['cosine', 'burrows', 'eder'] as const);
    const reference = await collect((flags.reference as string[] | undefined) ?? [], flags);
    const model = new AuthorshipModel(
      labelled.map((l) => ({ author: l.author, text: l.doc.text })),
      {
        method,
        reference: reference.map((d) => d.text),
        mfw: numberFlag(flags, 'mfw', 300, 0, 100_000, true),
        mfc: numberFlag(flags, 'mfc', 0, 0, 100_000, true),
      },
    );
    try {
      if (flags['leave-one-out']) {
        const loo = model.leaveOneOut();
        const rows = loo.results.map((r) => ({
          text: labelled[r.index].doc.key,
          author: r.author,
          predicted: r.predicted ?? '(not held out)',
          correct: r.predicted === null ? '' : r.predicted === r.author ? 'yes' : 'no',
          margin: r.margin,
        }));
        if (format === 'json')
          out.write(
            `${JSON.stringify({ accuracy: loo.accuracy, evaluated: loo.evaluated, correct: loo.correct, results: rows }, null, 2)}\n`,
          );
        else {
          out.write(render(rows, ['text', 'author', 'predicted', 'correct', 'margin'], format));
          if (format === 'table')
            out.write(
              `\nleave-one-out accuracy: ${loo.correct}/${loo.evaluated} = ${loo.accuracy.toFixed(3)} (${method} delta, ${model.features.length} features)\n`,
            );
        }
      }
      const results = unknown.map((u) => ({ key: u.key, a: model.attribute(u.text, { explain }) }));
      if (results.length === 0) return 0;
      if (flags['leave-one-out'] && format !== 'table') return 0;
      if (format === 'json') {
        out.write(
          `${JSON.stringify(
            results.map((r) => ({ unknown: r.key, ...r.a })),
            null,
            2,
          )}\n`,
        );
        return 0;
      }
      out.write(
        render(
          results.map((r) => attributionRow(r.key, r.a)),
          ['unknown', 'author', 'distance', 'runnerUp', 'margin'],
          format,
        ),
      );
      if (format === 'table') {
        for (const r of results) {
          if (!explain) break;
          out.write(
            `\n${r.key}: ranking ${r.a.ranking.map((x) => `${x.author} ${x.distance.toFixed(3)}`).join(', ')}\n`,
          );
          out.write(
            `features that favoured ${r.a.author} over ${r.a.runnerUp} (z: the unknown text, authorZ: ${r.a.author}, runnerUpZ: ${r.a.runnerUp}; z-scores over the candidates' texts)\n`,
          );
          out.write(
            render(
              r.a.explanation.for.map((e) => ({ ...e, feature: show(e.feature) })),
              ['feature', 'kind', 'z', 'authorZ', 'runnerUpZ', 'contribution'],
              'table',
            ),
          );
        }
      }
      return 0;
    } finally {
      model.dispose();
    }
  },
};
