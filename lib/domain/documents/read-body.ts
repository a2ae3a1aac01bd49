// Reads an upload's body without trusting its announced size: stops as soon as it passes the
// limit, so a 2 GB body is never held in memory.
import { MAX_DOCUMENT_BYTES } from "./labels";

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

export async function readBodyWithLimit(body: ReadableStream<Uint8Array> | null, limit = MAX_DOCUMENT_BYTES): Promise<BodyRead> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, bytes };
}
