// Errors simkit throws, and the mapping from the core's status codes to them.

import { ERROR_CODE } from './protocol.js';

/** Codes of {@link SimkitError}: the core's status codes (`ErrorCode` in src/simkit/protocol.h) and two of the TS layer. */
export type SimkitErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_UTF8'
  | 'CORRUPT_DATA'
  | 'UNSUPPORTED_VERSION'
  | 'OUT_OF_MEMORY'
  | 'NOT_FOUND'
  | 'INTERNAL'
  | 'NOT_INITIALIZED'
  | 'INSTANCE_ABORTED';

/** Status code → name; 0 is success and never mapped. */
const CODE_NAMES: ReadonlyMap<number, SimkitErrorCode> = new Map(
  Object.entries(ERROR_CODE).flatMap(([name, code]) => (code === 0 ? [] : [[code, name as SimkitErrorCode]])),
);

/**
 * An error that is not about an argument's type or range: invalid UTF-8 bytes, corrupt or
 * foreign serialized data, memory exhaustion, or a use before `init()`.
 * `code` says which, for programs; `message` says it for people.
 */
export class SimkitError extends Error {
  /** Which kind of failure (stable across versions; test this, not the message). */
  readonly code: SimkitErrorCode;
  /**
   * @param code the kind of failure
   * @param message what happened, for people (simkit's own messages start with `simkit.<function>:`)
   */
  constructor(code: SimkitErrorCode, message: string) {
    super(message);
    this.name = 'SimkitError';
    this.code = code;
  }
}

/**
 * Turns a non-zero status from the core into the right JS error: invalid arguments become
 * `RangeError` (the TS layer already rejected wrong types), everything else a `SimkitError`.
 */
export function statusError(fn: string, status: number, message: string): Error {
  const text = `simkit.${fn}: ${message || 'failed'}`;
  const code = CODE_NAMES.get(status) ?? 'INTERNAL';
  if (code === 'INVALID_ARGUMENT') return new RangeError(text);
  return new SimkitError(code, text);
}
