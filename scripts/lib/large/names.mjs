// Name pools for the large synthetic seed. They come from the demo seed's pools (one source of
// realism: origins of a large northern French city, first names by era of birth) plus the most
// common French surnames, so that 100,000 people are not 170 surnames repeated. Every person is
// generated; no real person is meant.
//
// The searchName column MUST equal normalizeText("nom nomNaissance prenom") (the app compares it
// with the normalised typed term), so each display name is sent to PostgreSQL together with its
// normalizeText() form computed here by the app's own function; SQL only joins the parts.
import { tsImport } from "tsx/esm/api";

const namesModule = await tsImport("../../../prisma/seed/usagers-names.ts", import.meta.url);
const normalizeModule = await tsImport("../../../lib/domain/shared/normalize.ts", import.meta.url);
const placesModule = await tsImport("../../../prisma/seed/usagers-places.ts", import.meta.url);
/** @type {(value: string) => string} */
export const normalizeText = normalizeModule.normalizeText;
export const LILLE_QUARTIERS = placesModule.QUARTIERS;

// Common French surnames (INSEE frequency lists), with their accents: Lefèvre next to Lefebvre,
// Guérin, Lévêque… These are what typo-tolerant search is for.
const COMMON_SURNAMES = [
  "Martin", "Thomas", "Robert", "Richard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Lefèvre",
  "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Rousseau", "Vincent",
  "Faure", "André", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
  "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Mathieu", "Gautier", "Marchand", "Duval", "Denis",
  "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
  "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Roy", "Leroux",
  "Colin", "Vidal", "Picard", "Roger", "Fabre", "Aubert", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
  "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Rolland", "Guillaume", "Lopez", "Dupuy", "Guillot", "Hubert",
  "Berger", "Sanchez", "Dupuis", "Moulin", "Deschamps", "Huet", "Perez", "Boucher", "Fleury", "Royer", "Klein",
  "Jacquet", "Adam", "Poirier", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard",
  "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Collet", "Léger", "Bouvier", "Julien", "Prévost",
  "Millet", "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Pelletier", "Lévêque", "Perrier",
  "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Jacob", "Monnier", "Michaud", "Guichard",
  "Gillet", "Étienne", "Tessier", "Chauvin", "Bouchet", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud",
  "Antoine", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier",
  "Laporte", "Dewaele", "Vanneste", "Desrumaux", "Deleplanque", "Wattiez", "Lesage", "Coppin", "Delepine", "Dujardin",
];

const stripAccents = (s) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").normalize("NFC");

/** A data-entry slip, as found in real files: a letter dropped, doubled or two letters swapped. */
function typo(name, seed) {
  const letters = [...name];
  const at = 1 + (seed % Math.max(1, letters.length - 3));
  if (!/\p{L}/u.test(letters[at] ?? "") || !/\p{L}/u.test(letters[at + 1] ?? "")) return null;
  const kind = seed % 3;
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at]);
  else [letters[at], letters[at + 1]] = [letters[at + 1], letters[at]];
  const result = letters.join("");
  return result === name ? null : result;
}

/**
 * Each name weighted as typed: mostly right, sometimes without its accents (keyboard), sometimes
 * with a slip. Returns [display, normalised] pairs; repetition is the weight.
 */
function withVariants(names, { typos = true } = {}) {
  const out = [];
  names.forEach((name, i) => {
    for (let k = 0; k < 16; k++) out.push(name);
    const plain = stripAccents(name);
    if (plain !== name) out.push(plain);
    const slip = typos && name.length >= 5 ? typo(name, i * 7 + name.length) : null;
    if (slip) out.push(slip);
  });
  return out.map((n) => [n, normalizeText(n)]);
}

const ERAS = 3;
const byEra = (lists, era) => lists[Math.min(era, lists.length - 1)];

/**
 * Rows for the pool tables of the seed: origins with cumulative weights (to pick one with a
 * single random number), surnames per origin, first names per origin, sex and era of birth.
 */
export function namePools() {
  const origins = [];
  const noms = [];
  const prenoms = [];
  let cumulative = 0;
  const total = namesModule.ORIGINS.reduce((sum, o) => sum + o.weight, 0);
  namesModule.ORIGINS.forEach((origin, o) => {
    const lo = cumulative;
    cumulative += origin.weight / total;
    const surnames = o === 0 ? [...new Set([...origin.noms, ...COMMON_SURNAMES])] : origin.noms;
    const variants = withVariants(surnames);
    variants.forEach(([display, norm], idx) => noms.push({ origin: o, idx, display, norm }));
    origins.push({ origin: o, lo, hi: o === namesModule.ORIGINS.length - 1 ? 1.0000001 : cumulative, nNoms: variants.length });
    for (const [sexe, lists] of [["F", origin.femmes], ["M", origin.hommes]]) {
      for (let era = 0; era < ERAS; era++) {
        withVariants(byEra(lists, era), { typos: false }).forEach(([display, norm], idx) =>
          prenoms.push({ origin: o, sexe, era, idx, display, norm }));
      }
    }
    // Children's first names (household members) are the youngest era's.
    for (const [sexe, list] of [["F", origin.filles], ["M", origin.garcons]]) {
      withVariants(list, { typos: false }).forEach(([display, norm], idx) => prenoms.push({ origin: o, sexe, era: 9, idx, display, norm }));
    }
  });
  return { origins, noms, prenoms };
}

/**
 * normalizeText of a joined name equals the joined normalised parts only if normalisation works
 * character by character; checked here on every pool entry pair before trusting SQL concat_ws.
 */
export function assertJoinable(noms, prenoms) {
  const sample = [...noms.slice(0, 400), ...prenoms.slice(0, 400)];
  for (let i = 0; i < sample.length; i++) {
    const a = sample[i];
    const b = sample[(i * 31 + 7) % sample.length];
    const c = sample[(i * 17 + 3) % sample.length];
    const whole = normalizeText(`${a.display} ${b.display} ${c.display}`);
    const joined = [a.norm, b.norm, c.norm].filter(Boolean).join(" ");
    if (whole !== joined) throw new Error(`normalisation non compositionnelle : « ${a.display} ${b.display} ${c.display} »`);
  }
}
