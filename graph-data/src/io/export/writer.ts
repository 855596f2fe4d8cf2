// Where a data export writes: text in pieces, encoded to UTF-8 every ~256 KB so no exporter
// ever builds one giant string (V8 caps strings near 512 MB), with a cancel check and a
// yield per batch of elements through the shared Ticker.
import type { Ticker } from '../task.js';

const FLUSH_CHARS = 256 * 1024;

export class ExportWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly chunks: Uint8Array[] = [];
  private bytes = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly ticker: Ticker) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  /** Bytes already encoded (a zip entry), kept in order after any pending text. */
  writeBytes(chunk: Uint8Array): void {
    this.flush();
    this.chunks.push(chunk);
    this.bytes += chunk.length;
  }

  /** After each element: progress, Cancel and a breath for the host every ~30 ms. */
  tick(done: number, total: number): Promise<void> {
    return this.ticker.tick('write', done, total);
  }

  /** Bytes written so far (for tests and progress). */
  get size(): number {
    return this.bytes + this.pendingChars;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = this.encoder.encode(this.pending.join(''));
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  /** The whole file, copied once into one buffer. */
  finish(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.bytes);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
