// Turns a stream of markup events into plain text: one paragraph per line, white space inside a
// paragraph collapsed (as a browser renders it), nothing but text. Shared by the HTML, .docx and
// .odt readers so that all formats give the same shape of text for the same content.

export class TextLayout {
  private readonly lines: string[] = [];
  private line = '';
  private preDepth = 0;

  /** Text that is rendered with collapsed white space (HTML, or runs in a paragraph). */
  text(s: string): void {
    s = s.replace(/\u00ad/g, ''); // soft hyphens are invisible unless a line breaks there
    if (this.preDepth > 0) {
      const parts = s.replace(/\r\n?/g, '\n').split('\n');
      this.line += parts[0];
      for (let i = 1; i < parts.length; ++i) { this.lines.push(this.line.replace(/\s+$/, '')); this.line = parts[i]!; }
      return;
    }
    this.line += s.replace(/[ \t\n\r\f]+/g, ' '); // HTML white space; a no-break space stays
  }

  /** Text taken literally (a tab, a space count from the source format). */
  literal(s: string): void { this.line += s; }

  /** A line break inside a paragraph (<br>, w:br). */
  lineBreak(): void { this.flush(true); }

  /** The end (or start) of a block: the current line, if any, becomes a paragraph. */
  block(): void { this.flush(false); }

  enterPre(): void { this.block(); ++this.preDepth; }
  leavePre(): void { this.block(); this.preDepth = Math.max(0, this.preDepth - 1); }

  private flush(keepEmpty: boolean): void {
    const tidy = this.preDepth > 0 ? this.line.replace(/\s+$/, '') : this.line.replace(/ +/g, ' ').replace(/^ | $/g, '');
    if (tidy !== '' || keepEmpty) this.lines.push(tidy);
    this.line = '';
  }

  /** The paragraphs so far, one per line. */
  result(): string {
    this.block();
    while (this.lines.length && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n');
  }
}
