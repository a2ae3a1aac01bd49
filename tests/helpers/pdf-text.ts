// The text of a PDF as a reader gets it, with pdf-parse (pdf.js): what the letters say is
// asserted on this, not on our own writer's internals. Spaces and line breaks normalised.
import { PDFParse } from "pdf-parse";

export async function pdfText(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    // A word cut at a hyphen at the end of a line ("Saint-|Hilaire") is one word again.
    return text.replace(/-- \d+ of \d+ --/g, " ").replace(/(\p{L})-\r?\n(\p{L})/gu, "$1-$2").replace(/[\s\u00a0\u202f]+/g, " ").trim();
  } finally {
    await parser.destroy();
  }
}
