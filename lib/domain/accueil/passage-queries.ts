// The register of the day at a desk, and the sites an actor keeps the accueil of. The agent
// d'accueil reads their own site's register; a dossier shows as its identity, nothing more.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseAccueil, canUseAccueilAt } from "@/lib/auth/permissions";
import { passageScope } from "@/lib/auth/scopes/passage";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { siteScope } from "@/lib/auth/scopes/site";
import { parisRange } from "@/lib/domain/agenda/calendar";
import { isUuid } from "@/lib/domain/shared/fields";
import { identityLabel } from "./dossier-lookup";

export type DeskSite = { id: string; name: string };

/** Every site of the structure for TS and RESPONSABLE; the agent's own site for the agent. */
export async function listDeskSites(actor: Actor): Promise<DeskSite[]> {
  if (!canUseAccueil(actor)) return [];
  const sites = await db.site.findMany({ where: siteScope(actor), select: { id: true, name: true, structureId: true }, orderBy: { name: "asc" } });
  return sites.filter((s) => canUseAccueilAt(actor, s)).map(({ id, name }) => ({ id, name }));
}

/** The site asked for when it is one of the actor's desks, else the actor's own, else the first. */
export function pickDeskSite(sites: DeskSite[], asked: string | undefined, own: string | null): DeskSite | null {
  return sites.find((s) => s.id === asked) ?? sites.find((s) => s.id === own) ?? sites[0] ?? null;
}

export async function listPartenaireChoices(actor: Actor) {
  if (!canUseAccueil(actor)) return [];
  return db.partenaire.findMany({ where: partenaireScope(actor), select: { id: true, nom: true }, orderBy: { nom: "asc" }, take: 500 });
}

export type PassageRow = {
  id: string; survenuLe: Date; personne: string; anonyme: boolean; motifs: string[]; reponse: string; partenaire: string | null; enregistrePar: string;
};

export async function listPassagesOfDay(actor: Actor, { siteId, day }: { siteId: string; day: string }): Promise<PassageRow[]> {
  if (!canUseAccueil(actor) || !isUuid(siteId)) return [];
  const { from, to } = parisRange(day, 1);
  const rows = await db.passage.findMany({
    where: { AND: [passageScope(actor), { siteId, survenuLe: { gte: from, lt: to } }] },
    select: {
      id: true, survenuLe: true, prenom: true, motifs: true, reponse: true,
      usager: { select: { nom: true, prenom: true, numeroDossier: true, dateNaissance: true } },
      partenaire: { select: { nom: true } }, enregistrePar: { select: { firstName: true, lastName: true } },
    },
    orderBy: [{ survenuLe: "desc" }, { id: "asc" }], take: 500,
  });
  return rows.map((r) => ({
    id: r.id, survenuLe: r.survenuLe, personne: r.usager ? identityLabel(r.usager) : (r.prenom ?? "Anonyme"), anonyme: !r.usager,
    motifs: r.motifs, reponse: r.reponse, partenaire: r.partenaire?.nom ?? null,
    enregistrePar: `${r.enregistrePar.firstName} ${r.enregistrePar.lastName}`,
  }));
}
