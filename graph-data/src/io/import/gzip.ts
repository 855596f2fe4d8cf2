// Gzip input (a .gexf.gz from Gephi's dataset page): detected by its magic bytes and inflated
// with the platform's DecompressionStream (Node 20, Chromium, Web Workers), stopping as soon as
// the output passes the size limit, so a small "zip bomb" cannot fill memory.
import { ServiceFailure } from '../../service/errors.js';
import { limitFailure, type ImportContext } from './context.js';

export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzip(ctx: ImportContext, bytes: Uint8Array, maxBytes: number, limitText: string): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw limitFailure(`io/import: ${ctx.file}`, 'maxBytes', maxBytes, total, false, `decompresses to more than ${limitText}, the import limit; raise the limit to open it`);
      }
      chunks.push(value);
      await ctx.tick('decompress', total, total);
    }
  } catch (error) {
    if (error instanceof ServiceFailure) throw error;
    // The platform's reason, when it gives one (Node's is often empty).
    const reason = error instanceof Error ? error.message : String(error);
    ctx.fail('bad_file', `is not a valid gzip file${reason ? ` (${reason})` : ''}; it may be truncated`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
