// A light text extractor for the PDFs pdfkit writes (tests only): inflate the content streams,
// read the hex strings of TJ/Tj operators and decode them from WinAnsi. Enough to assert what a
// letter says and, above all, what it does not say.
import { inflateSync } from "node:zlib";
import { WINANSI_EXTRA } from "@/lib/domain/shared/letter/winansi";

function decodeHex(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WINANSI_EXTRA[code] ?? String.fromCharCode(code);
  }
  return out;
}

function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString("latin1");
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(m[1]!.includes("/FlateDecode") ? inflateSync(bytes).toString("latin1") : bytes.toString("latin1"));
    } catch {
      // Not a content stream we can read (fonts, images): skip.
    }
  }
  return streams;
}

/** One line of text per TJ/Tj operator, with no-break spaces turned into plain ones. */
export function extractPdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const s of contentStreams(pdf)) {
    for (const m of s.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [m[2]!];
      lines.push(hexes.map(decodeHex).join(""));
    }
  }
  return lines.join("\n").replace(/\u00a0/g, " ");
}
