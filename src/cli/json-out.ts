// A JSON array written entry by entry: a whole country's results never become one string (V8
// caps strings at about 512 MB, reached near 7,000 full results).
import type { Context } from './context.js';

/** Writes `[`, the entries (pretty, or one per line when compact), and `]`. */
export class JsonList {
  private count = 0;
  constructor(private readonly ctx: Context, private readonly compact: boolean) {
    ctx.io.stdout('[');
  }

  push(value: unknown): void {
    // Entries start at the margin: re-indenting an 80 KB entry for looks would double the work.
    const text = this.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
    this.ctx.io.stdout(`${this.count === 0 ? '\n' : ',\n'}${text}`);
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
