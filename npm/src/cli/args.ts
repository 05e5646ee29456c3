// A small, strict command-line parser: --flag value, --flag=value, boolean flags, positionals.
// Unknown flags are usage errors (exit code 2), never silently ignored.

import { warnDeprecated } from '../deprecate.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagSpec {
  /** Takes a value (string) or is a boolean switch. */
  type: 'string' | 'boolean';
  /** May be given several times (values collected in order). */
  multiple?: boolean;
  short?: string;
}

export interface Parsed {
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseArgs(argv: string[], specs: Record<string, FlagSpec>): Parsed {
  const flags: Parsed['flags'] = {};
  const positionals: string[] = [];
  const byShort = new Map(
    Object.entries(specs)
      .filter(([, s]) => s.short)
      .map(([n, s]) => [s.short!, n]),
  );
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1));
      if (!long) throw new UsageError(`unknown option ${arg}`);
      name = long;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}`);
    let value: string | boolean;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      value = true;
    } else {
      value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
    }
    if (spec.multiple) ((flags[name] as string[] | undefined) ?? (flags[name] = [])).push(value as string);
    else flags[name] = value;
  }
  return { flags, positionals };
}

/** A numeric flag in [min, max] (integer when asked), or the default. */
export function numberFlag(
  flags: Parsed['flags'],
  name: string,
  def: number,
  min: number,
  max: number,
  integer = false,
): number {
  const raw = flags[name];
  if (raw === undefined) return def;
  const v = Number(raw);
  if (
    typeof raw !== 'string' ||
    raw.trim() === '' ||
    !Number.isFinite(v) ||
    v < min ||
    v > max ||
    (integer && !Number.isInteger(v))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}], got ${JSON.stringify(raw)}`,
    );
  }
  return v;
}

/** Throws UsageError when one of `names` was given: a flag that does nothing here is an error. */
export function rejectFlags(flags: Parsed['flags'], names: readonly string[], why: string): void {
  for (const name of names) if (flags[name] !== undefined) throw new UsageError(`--${name} ${why}`);
}

/**
 * Moves the value of `old`, a deprecated flag, to its new name `name` with a warning (once per
 * process); giving both is a usage error.
 */
export function renamedFlag(flags: Parsed['flags'], name: string, old: string): void {
  if (flags[old] === undefined) return;
  if (flags[name] !== undefined) throw new UsageError(`give --${name} or its deprecated name --${old}, not both`);
  warnDeprecated(`--${old}`, `--${name}`);
  flags[name] = flags[old];
  delete flags[old];
}

/** A flag restricted to some values, or the default. */
export function choiceFlag<T extends string>(flags: Parsed['flags'], name: string, def: T, allowed: readonly T[]): T {
  const raw = flags[name];
  if (raw === undefined) return def;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}
