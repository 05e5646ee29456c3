// simkit compare a.txt b.txt: every similarity of two texts, and the passages they share.
import { comparePassages, MAX_SHINGLE_SIZE, setSimilarity } from '../../api.js';
import { choiceFlag, numberFlag, renamedFlag, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, type Command } from '../command.js';
import { encodingFlag } from '../common.js';
import { readText } from '../inputs.js';
import { render, type Format } from '../output.js';

export const compare: Command = {
  name: 'compare',
  summary: 'similarity of two text files, with the passages they share',
  help: `Usage: simkit compare <a> <b> [options]

Prints Jaccard similarity and containment of the two texts' shingle sets, and the passages
they share (winnowing character n-grams) with how much of each text they cover.

Options:
  --analyzer word|char   shingles of words or characters for Jaccard/containment (default word)
  --ngram-size N         words or characters per shingle (default 3 words / 5 chars)
  --passage-ngram-size N passages: characters per winnowed n-gram (default 25)
  --passages             list the shared passages (table and json output)
  --format table|json|csv  output (default table)
  --fail-on X            exit 1 when Jaccard >= X
  --encoding NAME        encoding of text/HTML files (default: detected); .docx .odt .pdf are read too
  --shingle, --size, --k deprecated names of --analyzer, --ngram-size, --passage-ngram-size

Examples:
  simkit compare essay.txt source.txt --passages
  simkit compare a.md b.md --analyzer char --ngram-size 4 --format json`,
  flags: {
    ...COMMON_FLAGS,
    analyzer: { type: 'string' },
    'ngram-size': { type: 'string' },
    'passage-ngram-size': { type: 'string' },
    passages: { type: 'boolean' },
    'fail-on': { type: 'string' },
    encoding: { type: 'string' },
    shingle: { type: 'string' }, // deprecated: --analyzer
    size: { type: 'string' }, // deprecated: --ngram-size
    k: { type: 'string' }, // deprecated: --passage-ngram-size
  },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length !== 2) throw new UsageError('compare needs exactly two files');
    const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
    if (flags.passages && format === 'csv')
      throw new UsageError('--passages lists passages in table and json output, not csv');
    renamedFlag(flags, 'analyzer', 'shingle');
    renamedFlag(flags, 'ngram-size', 'size');
    renamedFlag(flags, 'passage-ngram-size', 'k');
    const analyzer = choiceFlag(flags, 'analyzer', 'word', ['word', 'char'] as const);
    const ngramSize = numberFlag(flags, 'ngram-size', analyzer === 'word' ? 3 : 5, 1, MAX_SHINGLE_SIZE, true);
    const passageNgramSize = numberFlag(flags, 'passage-ngram-size', 25, 1, 1024, true);
    const failOn = numberFlag(flags, 'fail-on', Infinity, 0, 1);
    const encoding = encodingFlag(flags);
    const [a, b] = await Promise.all(positionals.map((p) => readText(p, encoding)));
    const sets = setSimilarity(a, b, { analyzer, ngramSize });
    const match = comparePassages(a, b, { ngramSize: passageNgramSize });
    const row = {
      a: positionals[0],
      b: positionals[1],
      jaccard: sets.jaccard,
      containmentAInB: sets.containmentAInB,
      containmentBInA: sets.containmentBInA,
      passageCoverageA: match.coverageA,
      passageCoverageB: match.coverageB,
      passageScore: match.score,
      passages: match.passages.length,
    };
    if (format === 'json') {
      const out = flags.passages ? { ...row, passageList: match.passages } : row;
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else if (format === 'csv' || !flags.passages) {
      process.stdout.write(render([row], Object.keys(row), format));
    } else {
      process.stdout.write(render([row], Object.keys(row), 'table'));
      process.stdout.write(`\nShared passages (${match.passages.length}):\n`);
      for (const p of match.passages) {
        process.stdout.write(
          `  a[${p.aStart}..${p.aEnd}] = b[${p.bStart}..${p.bEnd}]  ${JSON.stringify(p.aText.length > 120 ? `${p.aText.slice(0, 117)}...` : p.aText)}\n`,
        );
      }
    }
    return sets.jaccard >= failOn ? 1 : 0;
  },
};
