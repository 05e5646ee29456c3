// Paragraphs of a word-processor document in reading order. Paragraphs nested inside another one
// (text boxes anchored in a paragraph) follow the paragraph that holds them; notes
// (footnotes, endnotes) follow the body. Shared by the .docx and .odt readers.

export class ParagraphCollector {
  private readonly body: string[] = [];
  /** Open paragraphs, innermost last; each collects its text and the paragraphs nested in it. */
  private readonly open: { text: string; nested: string[]; note: number }[] = [];
  private readonly notes: string[] = [];
  private noteDepth = 0;

  startParagraph(): void {
    this.open.push({ text: '', nested: [], note: this.noteDepth });
  }

  endParagraph(): void {
    const p = this.open.pop();
    if (!p) return;
    const lines = [p.text.trim(), ...p.nested].filter((l) => l.trim() !== '');
    const parent = this.open[this.open.length - 1];
    // a note's paragraphs go to the notes even when the note sits inside a paragraph (ODF)
    if (parent && parent.note === p.note) parent.nested.push(...lines);
    else if (p.note > 0) this.notes.push(...lines);
    else this.body.push(...lines);
  }

  /** Text of a run; outside any paragraph it is ignored (it is never visible there). */
  text(s: string): void {
    const p = this.open[this.open.length - 1];
    if (p) p.text += s.replace(/\u00ad/g, ''); // soft hyphens are invisible unless a line breaks there
  }

  /** A line break inside a paragraph: the paragraph continues on a new line. */
  lineBreak(): void {
    const p = this.open[this.open.length - 1];
    if (p) p.text += '\n';
  }

  startNote(): void {
    ++this.noteDepth;
  }
  endNote(): void {
    this.noteDepth = Math.max(0, this.noteDepth - 1);
  }

  /** Body paragraphs, then the notes, one per line. */
  result(): string {
    return [...this.body, ...this.notes].join('\n');
  }
}
