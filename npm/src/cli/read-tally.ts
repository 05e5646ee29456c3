// Counts what a CLI run read, per format and encoding, and keeps the inputs it could not read,
// so that one summary line and every output can say exactly what was (not) analyzed.

export interface UnreadDocument {
  /** The document's key (path relative to the folder given, or file:line for JSONL). */
  document: string;
  reason: string;
}

export class ReadTally {
  private readonly counts = new Map<string, Map<string, number>>();
  readonly notRead: UnreadDocument[] = [];

  read(doc: { format?: string; encoding?: string | null }): void {
    const format = doc.format ?? 'text';
    const byEncoding = this.counts.get(format) ?? new Map<string, number>();
    const encoding = doc.encoding ?? '';
    byEncoding.set(encoding, (byEncoding.get(encoding) ?? 0) + 1);
    this.counts.set(format, byEncoding);
  }

  unread(document: string, reason: string): void {
    this.notRead.push({ document, reason });
  }

  get total(): number {
    let n = 0;
    for (const m of this.counts.values()) for (const c of m.values()) n += c;
    return n;
  }

  /** e.g. "read 100 documents (text: 78 utf-8, 17 windows-1252; docx: 3; pdf: 2); 2 not read (listed with the results)" */
  summary(): string {
    const parts = [...this.counts].map(([format, byEncoding]) => {
      const encodings = [...byEncoding].sort((a, b) => b[1] - a[1]).map(([enc, n]) => (enc ? `${n} ${enc}` : `${n}`));
      return `${format}: ${encodings.join(', ')}`;
    });
    const read = `read ${this.total} document${this.total === 1 ? '' : 's'}${parts.length ? ` (${parts.join('; ')})` : ''}`;
    return this.notRead.length ? `${read}; ${this.notRead.length} could not be read` : read;
  }
}
