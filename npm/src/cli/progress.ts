// A progress bar on stderr for long work, shown only when stderr is a terminal.

export class Progress {
  readonly #label: string;
  readonly #total: number;
  readonly #enabled: boolean;
  readonly #start = Date.now();
  #last = 0;

  constructor(label: string, total: number, enabled = Boolean(process.stderr.isTTY)) {
    this.#label = label;
    this.#total = total;
    this.#enabled = enabled;
  }

  /** Reports `done` items of the total (redraws at most every 100 ms). */
  update(done: number): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < 100 && done < this.#total) return;
    this.#last = now;
    const width = 30;
    const frac = this.#total > 0 ? Math.min(1, done / this.#total) : 0;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    const secs = ((now - this.#start) / 1000).toFixed(1);
    process.stderr.write(`\r${this.#label} [${bar}] ${done}/${this.#total} ${secs}s`);
  }

  done(): void {
    if (this.#enabled) process.stderr.write('\n');
  }
}
