// Argument validation for every public entry. A wasm call coerces garbage silently
// ('a' -> 0, NaN -> 0, 2**40 -> 0), so nothing reaches the module unchecked.

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return v.constructor?.name ? `a ${v.constructor.name}` : 'an object';
  return String(v);
}

/** Throws TypeError unless `v` is a string. */
export function expectString(fn: string, name: string, v: unknown): string {
  if (typeof v !== 'string') throw new TypeError(`simkit.${fn}: ${name} must be a string, got ${describe(v)}`);
  return v;
}

/** Throws TypeError unless `v` is a string or a Uint8Array (UTF-8 bytes). */
export function expectText(fn: string, name: string, v: unknown): string | Uint8Array {
  if (typeof v === 'string' || v instanceof Uint8Array) return v;
  throw new TypeError(`simkit.${fn}: ${name} must be a string or a Uint8Array, got ${describe(v)}`);
}

/** An array whose every item is a string or a Uint8Array; the error names the first bad index. */
export function expectTextList(fn: string, name: string, v: unknown, max = 0xffffffff): (string | Uint8Array)[] {
  const list = expectArray(fn, name, v, max);
  for (let i = 0; i < list.length; ++i) {
    const item = list[i];
    if (typeof item !== 'string' && !(item instanceof Uint8Array)) expectText(fn, `${name}[${i}]`, item);
  }
  return list as (string | Uint8Array)[];
}

/** Throws TypeError unless `v` is an array, RangeError when it is longer than `max`. */
export function expectArray(fn: string, name: string, v: unknown, max = 0xffffffff): unknown[] {
  if (!Array.isArray(v)) throw new TypeError(`simkit.${fn}: ${name} must be an array, got ${describe(v)}`);
  if (v.length > max) throw new RangeError(`simkit.${fn}: ${name} must have at most ${max} items, got ${v.length}`);
  return v;
}

/** An integer in [min, max]: TypeError for non-numbers, RangeError for the rest. */
export function expectInteger(fn: string, name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number')
    throw new TypeError(`simkit.${fn}: ${name} must be an integer in [${min}, ${max}], got ${describe(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`simkit.${fn}: ${name} must be an integer in [${min}, ${max}], got ${describe(v)}`);
  }
  return v;
}

/** A finite number in [min, max]. */
export function expectNumber(fn: string, name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number')
    throw new TypeError(`simkit.${fn}: ${name} must be a number in [${min}, ${max}], got ${describe(v)}`);
  if (!Number.isFinite(v) || v < min || v > max) {
    throw new RangeError(`simkit.${fn}: ${name} must be a number in [${min}, ${max}], got ${describe(v)}`);
  }
  return v;
}

/** A boolean. */
export function expectBoolean(fn: string, name: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw new TypeError(`simkit.${fn}: ${name} must be a boolean, got ${describe(v)}`);
  return v;
}

/** One of `allowed`. */
export function expectEnum<T extends string>(fn: string, name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    const list = allowed.map((a) => `'${a}'`).join(', ');
    const err = typeof v === 'string' ? RangeError : TypeError;
    throw new err(`simkit.${fn}: ${name} must be one of ${list}, got ${describe(v)}`);
  }
  return v as T;
}

/**
 * An options object (or undefined → {}). Unknown keys are errors, because a misspelt option
 * silently ignored gives wrong results with no hint why.
 */
export function expectOptions<T extends object>(
  fn: string,
  name: string,
  v: unknown,
  keys: readonly string[],
): Partial<T> {
  if (v === undefined) return {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new TypeError(`simkit.${fn}: ${name} must be an object, got ${describe(v)}`);
  }
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) {
      throw new TypeError(
        `simkit.${fn}: unknown option ${name === 'options' ? '' : `${name}.`}${k} (known: ${keys.join(', ')})`,
      );
    }
  }
  return v as Partial<T>;
}

/** A 64-bit seed: a safe non-negative integer or a bigint in [0, 2^64). Returns [lo, hi]. */
export function expectSeed64(fn: string, name: string, v: unknown): [number, number] {
  if (v === undefined) return [0, 0];
  let b: bigint;
  if (typeof v === 'bigint') {
    b = v;
  } else if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(
        `simkit.${fn}: ${name} must be an integer in [0, 2^53) or a bigint in [0, 2^64), got ${describe(v)}`,
      );
    }
    b = BigInt(v);
  } else {
    throw new TypeError(`simkit.${fn}: ${name} must be a number or a bigint, got ${describe(v)}`);
  }
  if (b < 0n || b >= 1n << 64n) throw new RangeError(`simkit.${fn}: ${name} must be in [0, 2^64), got ${describe(v)}`);
  return [Number(b & 0xffffffffn), Number(b >> 32n)];
}
