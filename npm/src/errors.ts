// Errors simkit throws, and the mapping from the core's status codes to them.

/** Codes of {@link SimkitError}; the numbers match `simkit::ErrorCode` in src/simkit/status.h. */
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

const CODE_NAMES: readonly SimkitErrorCode[] = [
  'INTERNAL', // 0 is success and never mapped
  'INVALID_ARGUMENT',
  'INVALID_UTF8',
  'CORRUPT_DATA',
  'UNSUPPORTED_VERSION',
  'OUT_OF_MEMORY',
  'NOT_FOUND',
  'INTERNAL',
];

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
  const code = CODE_NAMES[status] ?? 'INTERNAL';
  if (code === 'INVALID_ARGUMENT') return new RangeError(text);
  return new SimkitError(code, text);
}
