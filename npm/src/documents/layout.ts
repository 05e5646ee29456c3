// Turns a stream of HTML events into plain text: one block per line, white space inside a block
// collapsed as a browser renders it (except in <pre>), nothing but text. The same shape as the
// .docx and .odt readers give (paragraphs.ts), so one essay in any format reads alike.

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
      for (let i = 1; i < parts.length; ++i) {
        this.lines.push(this.line.replace(/\s+$/, ''));
        this.line = parts[i]!;
      }
      return;
    }
    this.line += s.replace(/[ \t\n\r\f]+/g, ' '); // HTML white space; a no-break space stays
  }

  /** A line break inside a paragraph (<br>, w:br). */
  lineBreak(): void {
    this.flush(true);
  }

  /** The end (or start) of a block: the current line, if any, becomes a paragraph. */
  block(): void {
    this.flush(false);
  }

  enterPre(): void {
    this.block();
    ++this.preDepth;
  }
  leavePre(): void {
    this.block();
    this.preDepth = Math.max(0, this.preDepth - 1);
  }

  private flush(keepEmpty: boolean): void {
    const tidy =
      this.preDepth > 0 ? this.line.replace(/\s+$/, '') : this.line.replace(/ +/g, ' ').replace(/^ | $/g, '');
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
