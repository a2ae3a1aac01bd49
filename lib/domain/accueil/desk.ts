// Which desk a page of the accueil works at (/passages, /file-attente and its screen): the sites
// the actor keeps the accueil of and the one asked for in the address. One reading for the three
// pages, so that a forged or foreign site id falls back the same way everywhere.
import type { Actor } from "@/lib/auth/actor";
import { listDeskSites, pickDeskSite, type DeskSite } from "./passage-queries";

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of the address, at most 100 characters; "" when absent or repeated. */
export const searchParam = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : "");

/** null: the actor keeps no desk (the page is then a 404). */
export async function getDesk(actor: Actor, params: SearchParams): Promise<{ sites: DeskSite[]; site: DeskSite } | null> {
  const sites = await listDeskSites(actor);
  const site = pickDeskSite(sites, searchParam(params.site), actor.siteId);
  return site ? { sites, site } : null;
}
