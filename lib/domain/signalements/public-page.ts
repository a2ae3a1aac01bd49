// What the public page may know of a structure, and nothing else: its name, whether its page is
// open, and the communes and quartiers a reporter chooses from. No report is ever read here.
import { db } from "@/lib/db";

export type PublicPage = { structureId: string; structureName: string; communes: string[]; quartiers: string[]; conservationMois: number };

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function pageWhere(where: { signalementCode: string } | { structureId: string }): Promise<PublicPage | null> {
  const settings = await db.structureSettings.findFirst({
    where: { AND: [{ signalementActif: true, signalementCode: { not: null } }, where] },
    select: { structureId: true, signalementCommunes: true, signalementConservationMois: true, structure: { select: { name: true, city: true, sites: { select: { quartier: true } } } } },
  });
  if (!settings) return null;
  const { structure } = settings;
  const quartiers = [...new Set(structure.sites.map((s) => s.quartier).filter((q): q is string => !!q))].sort((a, b) => a.localeCompare(b, "fr"));
  const communes = settings.signalementCommunes.length ? settings.signalementCommunes : [structure.city];
  return { structureId: settings.structureId, structureName: structure.name, communes, quartiers, conservationMois: settings.signalementConservationMois };
}

/** The open page of `/signaler/<code>`, or null (unknown code, or the structure turned it off). */
export function publicPageByCode(code: string): Promise<PublicPage | null> {
  const normalised = code.toLowerCase();
  if (normalised.length > 40 || !CODE.test(normalised)) return Promise.resolve(null);
  return pageWhere({ signalementCode: normalised });
}

/** The same page by structure id (the form's hidden field), for the action. */
export function publicPageOf(structureId: string): Promise<PublicPage | null> {
  return pageWhere({ structureId });
}
