// simkit match <query> --in list.txt: fuzzy best matches of a query among candidate lines.
import { readFile } from 'node:fs/promises';
import { Matcher, SCORERS, type Scorer } from '../../index.node.js';
import { choiceFlag, numberFlag, renamedFlag, UsageError, type Parsed } from '../args.js';
import { COMMON_FLAGS, type Command } from '../command.js';
import { encodingFlag } from '../common.js';
import { decodeUtf8, InputError, readText } from '../inputs.js';
import { render, type Format } from '../output.js';

export const match: Command = {
  name: 'match',
  summary: 'fuzzy best matches of a query among the lines of a file',
  help: `Usage: simkit match <query>... --in FILE [options]

Scores every line of FILE (or every "text" field of a .jsonl file) against each query and
prints the best matches. Characters are Unicode code points (an emoji is one).

Options:
  --in FILE              candidates: one per line, or .jsonl with --field
  --field NAME           JSONL field holding the candidate (default: text)
  --encoding NAME        encoding of a text FILE, e.g. windows-1252 (default: detected; JSONL is UTF-8)
  --scorer NAME          ${SCORERS.join(', ')} (default levenshtein)
  --limit N              matches per query (default 5)
  --threshold X          only scores >= X (default 0)
  --unit codepoint|utf16|grapheme   what counts as a character (default codepoint)
  --ignore-case          compare case-folded (and NFKC-normalized) text
  --format table|json|csv  output (default table)
  --cutoff X             deprecated name of --threshold

Examples:
  simkit match "Jon Smyth" --in customers.txt --limit 3
  simkit match Pariss Londn --in cities.txt --scorer jaroWinkler --format json`,
  flags: {
    ...COMMON_FLAGS,
    in: { type: 'string' },
    field: { type: 'string' },
    scorer: { type: 'string' },
    limit: { type: 'string' },
    threshold: { type: 'string' },
    cutoff: { type: 'string' }, // deprecated: --threshold
    unit: { type: 'string' },
    'ignore-case': { type: 'boolean' },
    encoding: { type: 'string' },
  },
  async run({ flags, positionals }: Parsed) {
    if (positionals.length === 0) throw new UsageError('match needs a query');
    if (typeof flags.in !== 'string') throw new UsageError('match needs --in FILE');
    const format = choiceFlag<Format>(flags, 'format', 'table', ['table', 'json', 'csv']);
    const scorer = choiceFlag<Scorer>(flags, 'scorer', 'levenshtein', SCORERS);
    const unit = choiceFlag(flags, 'unit', 'codepoint', ['codepoint', 'utf16', 'grapheme'] as const);
    const limit = numberFlag(flags, 'limit', 5, 1, 2 ** 32 - 1, true);
    renamedFlag(flags, 'threshold', 'cutoff');
    const threshold = numberFlag(flags, 'threshold', 0, 0, 1);
    // JSONL is UTF-8 by definition; a list of lines is any text document the reader knows
    const text = flags.in.endsWith('.jsonl')
      ? decodeUtf8(
          await readFile(flags.in).catch((e) => {
            throw new InputError(`${flags.in}: cannot read (${e.code ?? e.message})`);
          }),
          flags.in,
        )
      : await readText(flags.in, encodingFlag(flags));
    let candidates: string[];
    const lines = text.split(/\r?\n/);
    if (flags.in.endsWith('.jsonl')) {
      const field = typeof flags.field === 'string' ? flags.field : 'text';
      candidates = [];
      lines.forEach((l, i) => {
        if (!l.trim()) return;
        let row: Record<string, unknown>;
        try {
          row = JSON.parse(l);
        } catch {
          process.stderr.write(`simkit: warning: ${flags.in}:${i + 1}: malformed JSON\n`);
          return;
        }
        if (typeof row?.[field] === 'string') candidates.push(row[field] as string);
        else process.stderr.write(`simkit: warning: ${flags.in}:${i + 1}: missing string field "${field}"\n`);
      });
    } else {
      candidates = lines.filter((l) => l.length > 0);
    }
    const normalize = flags['ignore-case'] ? {} : undefined;
    const matcher = new Matcher(candidates, { unit, normalize });
    try {
      const rows = positionals.flatMap((q) =>
        matcher
          .extract(q, { scorer, limit, threshold })
          .map((m, rank) => ({ query: q, rank: rank + 1, candidate: m.candidate, score: m.score, index: m.index })),
      );
      process.stdout.write(render(rows, ['query', 'rank', 'candidate', 'score', 'index'], format));
    } finally {
      matcher.dispose();
    }
    return 0;
  },
};
