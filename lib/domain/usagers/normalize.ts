// One normalisation for stored search keys and typed terms: lower case, accents removed, every
// other character a space. "Lefèvre-Dupont" and "lefevre dupont" give the same key.
export function normalizeText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[œŒ]/g, "oe")
    .replace(/[æÆ]/g, "ae")
    .toLowerCase()
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
