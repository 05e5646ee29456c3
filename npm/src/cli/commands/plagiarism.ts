// simkit plagiarism <dir>: rank every pair of documents by shared passages; HTML/JSON reports.
import { plagiarismReport, WinnowIndex } from '../../api.js';
import { choiceFlag, numberFlag, renamedFlag, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, INPUT_FLAGS, INPUT_HELP, type Command } from '../command.js';
import { collect, encodingFlag, tally, writeOut } from '../common.js';
import { readText } from '../inputs.js';
import { renderWithUnread, type Format } from '../output.js';
import { Progress } from '../progress.js';

export const plagiarism: Command = {
  name: 'plagiarism',
  summary: 'rank pairs of documents by shared passages; HTML/JSON report',
  help: `Usage: simkit plagiarism <path>... [options]

Fingerprints every document (winnowing over character n-grams of the words, so punctuation
and spacing edits do not hide a copy), ranks all pairs by shared fingerprints, and locates the
shared passages. Nothing leaves this machine.

Options:
  --reference PATH       source documents (repeatable): compared with submissions, not each other
  --template FILE        text whose passages do not count (e.g. the assignment)
  --ngram-size N         characters per winnowed n-gram (default 25)
  --window N             winnowing window (default 10)
  --max-df N             ignore fingerprints found in more than N documents (default: no limit)
  --threshold X          only pairs with similarity >= X (default 0.05)
  --limit N              at most N pairs (default 50)
  --report FILE          write a self-contained HTML report (side by side, passages linked)
  --json FILE            write the report as JSON
  --format table|json|csv  stdout format (default table); documents that could not be read are
                         listed after the pairs (json: {"pairs": [...], "notRead": [...]};
                         csv: rows "not read,<document>,<reason>")
  --fail-on X            exit 1 when a pair's similarity >= X
  --k, --min-score       deprecated names of --ngram-size and --threshold
${INPUT_HELP}

Examples:
  simkit plagiarism essays/ --reference sources/ --template assignment.txt --report report.html
  simkit plagiarism submissions.jsonl --field body --format csv > pairs.csv`,
  flags: {
    ...COMMON_FLAGS,
    ...INPUT_FLAGS,
    reference: { type: 'string', multiple: true },
    template: { type: 'string' },
    'ngram-size': { type: 'string' },
    window: { type: 'string' },
    'max-df': { type: 'string' },
    threshold: { type: 'string' },
    limit: { type: 'string' },
    report: { type: 'string' },
    json: { type: 'string' },
    'fail-on': { type: 'string' },
    k: { type: 'string' }, // deprecated: --ngram-size
    'min-score': { type: 'string' }, // deprecated: --threshold
  },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length === 0) throw new UsageError('plagiarism needs at least one file or directory');
    const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
    renamedFlag(flags, 'ngram-size', 'k');
    renamedFlag(flags, 'threshold', 'min-score');
    const ngramSize = numberFlag(flags, 'ngram-size', 25, 1, 1024, true);
    const window = numberFlag(flags, 'window', 10, 1, 1024, true);
    const maxDf = numberFlag(flags, 'max-df', 0, 0, 2 ** 32 - 1, true);
    const threshold = numberFlag(flags, 'threshold', 0.05, 0, 1);
    const limit = numberFlag(flags, 'limit', 50, 1, 2 ** 32 - 1, true);
    const failOn = numberFlag(flags, 'fail-on', Infinity, 0, 1);
    const docs = await collect(positionals, flags);
    const refs = await collect((flags.reference as string[] | undefined) ?? [], flags);
    if (docs.length + refs.length < 2) throw new UsageError('plagiarism needs at least two documents');
    const index = new WinnowIndex({ ngramSize, window, maxDocumentFrequency: maxDf });
    try {
      if (typeof flags.template === 'string') index.setTemplate(await readText(flags.template, encodingFlag(flags)));
      const progress = new Progress('fingerprinting', docs.length + refs.length);
      let n = 0;
      for (const d of docs) {
        index.add(d.key, d.text);
        progress.update(++n);
      }
      for (const d of refs) {
        index.add(`ref:${d.key}`, d.text, { role: 'reference' });
        progress.update(++n);
      }
      progress.done();
      const pairs = index.pairs({ threshold, limit, passages: true });
      const rows = pairs.map((p, i) => ({
        rank: i + 1,
        a: p.a,
        b: p.b,
        similarity: p.similarity,
        coverageA: p.match!.coverageA,
        coverageB: p.match!.coverageB,
        passages: p.match!.passages.length,
      }));
      const notAnalyzed = tally.notRead;
      process.stdout.write(
        renderWithUnread(
          rows,
          ['rank', 'a', 'b', 'similarity', 'coverageA', 'coverageB', 'passages'],
          format,
          notAnalyzed,
        ),
      );
      if (typeof flags.report === 'string')
        await writeOut(flags.report, plagiarismReport(index, { threshold, limit, notAnalyzed }));
      if (typeof flags.json === 'string')
        await writeOut(flags.json, plagiarismReport(index, { threshold, limit, format: 'json', notAnalyzed }));
      return pairs.some((p) => p.similarity >= failOn) ? 1 : 0;
    } finally {
      index.dispose();
    }
  },
};
