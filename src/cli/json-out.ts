// A JSON array written entry by entry: a whole country's results never become one string (V8
// caps strings at about 512 MB, reached near 7,000 full results).
import type { Context } from './context.js';

/**
 * Writes `[`, the entries one per line, and `]`. An entry is written without indentation: a full
 * result is about 45 KB so (75 KB indented), and an indented JSON.stringify returns its text in
 * pieces that cost several times more to scan and encode (the output's control-character scan
 * and the write read every character).
 */
export class JsonList {
  private count = 0;
  constructor(private readonly ctx: Context) {
    ctx.io.stdout('[');
  }

  push(value: unknown): void {
    const text = JSON.stringify(value);
    // Two writes: the entry stays the one string JSON.stringify made, not a concatenation.
    this.ctx.io.stdout(this.count === 0 ? '\n' : ',\n');
    this.ctx.io.stdout(text);
    this.count++;
  }

  /** Waits for stdout every so often, so that a slow reader holds back the writer. */
  async flushed(): Promise<void> {
    if (this.count % 64 === 0 && this.ctx.io.drain) await this.ctx.io.drain();
  }

  end(): void {
    this.ctx.io.stdout(this.count === 0 ? ']\n' : '\n]\n');
  }
}
