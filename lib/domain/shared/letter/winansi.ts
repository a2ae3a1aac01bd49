// Text as the 14 standard PDF fonts (Helvetica, through the WinAnsi encoding) can print it:
// typographic spaces and dashes mapped, accents kept, a letter outside WinAnsi reduced to its
// base letter, emoji dropped, anything else "?". Every letter printed by pdfkit goes through it
// (letters, the information notice, the domiciliation report): without it a narrow no-break
// space from Intl would print as garbage.

// Code points that WinAnsi (PDF standard encoding of the 14 base fonts) has beyond Latin-1.
export const WINANSI_EXTRA: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
const EXTRA = new Set(Object.values(WINANSI_EXTRA));
const isWinAnsi = (c: string) => {
  const code = c.codePointAt(0)!;
  return c === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(c);
};
// Emoji and what composes them (skin tones, variation selectors, joiners, tags): no glyph in
// Helvetica, and a "?" in a person's name would read as a typing error.
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0e\ufe0f\u{e0020}-\u{e007f}\u20e3]/u;

export function toWinAnsi(text: string): string {
  const mapped = text.replace(/\r\n?/g, "\n").replace(/[\u2007\u2009\u202f]/g, "\u00a0").replace(/[\u2000-\u2006\u2008\u200a]/g, " ")
    .replace(/[\u2010\u2011]/g, "-").replace(/\t/g, " ");
  return Array.from(mapped, (c) => {
    if (isWinAnsi(c)) return c;
    if (EMOJI_PART.test(c)) return "";
    const base = c.normalize("NFD").replace(/\p{Diacritic}/gu, "");
    return Array.from(base).every(isWinAnsi) && base !== "" ? base : "?";
  }).join("").replace(/ {2,}/g, " ");
}
