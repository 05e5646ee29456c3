// The one error the document reader throws: which file, what went wrong (a code for programs),
// and a message that says it for people.

/** Why a document could not be read. */
export type DocumentErrorCode =
  | 'EMPTY' // 0 bytes
  | 'TOO_LARGE' // over maxBytes, or a zip that unpacks past maxUnpackedBytes
  | 'BINARY' // not text (NUL bytes, control characters), whatever the file name says
  | 'UNDECODABLE' // bytes that are not valid in the encoding given or guessed
  | 'CORRUPT' // a truncated or malformed zip/XML/PDF container
  | 'NO_TEXT' // a PDF without a text layer (a scan), a document with no text at all
  | 'ENCRYPTED' // a password-protected PDF
  | 'MISSING_PACKAGE'; // the optional npm package for this format is not installed

/** The error `readDocument` throws: `code` for programs, `file` for the name, `message` for people. */
export class DocumentError extends Error {
  /** Why the document could not be read. */
  readonly code: DocumentErrorCode;
  /** The file name given to readDocument. */
  readonly file: string;
  constructor(code: DocumentErrorCode, file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'DocumentError';
    this.code = code;
    this.file = file;
  }
}
