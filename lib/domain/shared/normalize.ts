// One normalisation for stored search keys and typed terms: lower case, accents removed, every
// other character a space. "Lefèvre-Dupont" and "lefevre dupont" give the same key.

// Letters that NFD does not decompose into a base letter and a diacritic.
const LETTERS: Record<string, string> = { œ: "oe", æ: "ae", ı: "i", ł: "l", ø: "o", ß: "ss", đ: "d", ð: "d", þ: "th", ħ: "h" };
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");

export function normalizeText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function searchNameOf(p: { nom: string; prenom: string; nomNaissance?: string | null }): string {
  return normalizeText([p.nom, p.nomNaissance ?? "", p.prenom].join(" "));
}

/** Search tokens: at most 5 words of the normalised term. */
export function searchTokens(term: string): string[] {
  return normalizeText(term).split(" ").filter(Boolean).slice(0, 5);
}
