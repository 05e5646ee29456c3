#!/usr/bin/env node
// The simkit command line: simkit <command> [options]. Exit codes: 0 ok, 1 findings above
// --fail-on, 2 usage, input or output error (an output file that cannot be written is left as it was).
import { init, VERSION } from '../index.node.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { author } from './commands/author.js';
import { compare } from './commands/compare.js';
import { dedup } from './commands/dedup.js';
import { index } from './commands/index.js';
import { match } from './commands/match.js';
import { sign } from './commands/sign.js';
import { plagiarism } from './commands/plagiarism.js';
import { tally } from './common.js';
import { InputError } from './inputs.js';
import { WriteError } from './atomic-write.js';

const commands: Command[] = [compare, dedup, plagiarism, match, author, sign, index];

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `simkit ${VERSION} — text similarity on this machine (nothing is uploaded)

Usage: simkit <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'simkit <command> --help' for a command's options and examples.
Exit codes: 0 ok, 1 findings above --fail-on, 2 usage, input or output error.
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    const parsed = parseArgs(rest, command.flags);
    if (parsed.flags.help) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    await init();
    const code = await command.run(parsed);
    if (tally.total + tally.notRead.length > 0) process.stderr.write(`simkit: ${tally.summary()}\n`);
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(
        `simkit: ${e.message}\n${command ? `Run 'simkit ${command.name} --help'.` : "Run 'simkit --help'."}\n`,
      );
      return 2;
    }
    if (e instanceof InputError || e instanceof WriteError || (e instanceof Error && e.name === 'SimkitError')) {
      process.stderr.write(`simkit: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`simkit: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
