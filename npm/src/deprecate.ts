// Old names that keep working for one minor version (CHANGELOG.md, "Deprecated"): each warns once
// per process, and an old name given together with its new one is an error, since one of the two
// values would be silently dropped.

const warned = new Set<string>();

interface WarningProcess {
  emitWarning?: (message: string, options: { type: string; code: string }) => void;
}

/**
 * Warns, once per process for each `old`, that `old` is deprecated in favour of `name`: through
 * `process.emitWarning` where there is one (so `--no-deprecation` and `--throw-deprecation` apply),
 * else `console.warn`.
 */
export function warnDeprecated(old: string, name: string): void {
  if (warned.has(old)) return;
  warned.add(old);
  const message = `simkit: ${old} is deprecated and goes in the next minor version; use ${name}`;
  const p = (globalThis as { process?: WarningProcess }).process;
  if (typeof p?.emitWarning === 'function') {
    p.emitWarning(message, { type: 'DeprecationWarning', code: 'SIMKIT_DEPRECATED_NAME' });
  } else {
    console.warn(message);
  }
}

/**
 * The value of option `name` in `o`, accepting its deprecated name `old` (with a warning).
 * Throws TypeError naming both when both are given.
 */
export function renamedOption<T extends object, K extends keyof T & string>(
  fn: string,
  o: T,
  name: K,
  old: keyof T & string,
): T[K] | undefined {
  const v = o as Record<string, unknown>;
  if (v[old] === undefined) return o[name];
  if (v[name] !== undefined) {
    throw new TypeError(`simkit.${fn}: give ${name} or its deprecated name ${old}, not both`);
  }
  warnDeprecated(`option ${old}`, name);
  return v[old] as T[K];
}

/** Adds `old` to `result` as a non-enumerable getter of field `name` that warns once when read. */
export function deprecatedField<T extends object>(result: T, old: string, name: keyof T & string): T {
  Object.defineProperty(result, old, {
    get: () => {
      warnDeprecated(`field ${old}`, name);
      return result[name];
    },
    enumerable: false,
    configurable: true,
  });
  return result;
}
