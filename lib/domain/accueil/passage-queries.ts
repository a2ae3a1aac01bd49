// The register of the day at a desk, and the sites an actor keeps the accueil of. The agent
// d'accueil reads their own site's register; a dossier shows as its identity, nothing more.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseAccueil, canUseAccueilAt } from "@/lib/auth/permissions";
import { passageScope } from "@/lib/auth/scopes/passage";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { siteScope } from "@/lib/auth/scopes/site";
import { parisRange } from "@/lib/domain/agenda/calendar";
import { isUuid } from "@/lib/domain/shared/fields";
import { instantRange } from "@/lib/domain/shared/day-range";
import { identityLabel } from "./dossier-lookup";
import type { PassageListParams } from "./list-params";

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

const ROW_SELECT = {
  id: true, survenuLe: true, prenom: true, motifs: true, reponse: true,
  usager: { select: { nom: true, prenom: true, numeroDossier: true, dateNaissance: true } },
  partenaire: { select: { nom: true } }, enregistrePar: { select: { firstName: true, lastName: true } },
} satisfies Prisma.PassageSelect;

function toRow(r: Prisma.PassageGetPayload<{ select: typeof ROW_SELECT }>): PassageRow {
  return {
    id: r.id, survenuLe: r.survenuLe, personne: r.usager ? identityLabel(r.usager) : (r.prenom ?? "Anonyme"), anonyme: !r.usager,
    motifs: r.motifs, reponse: r.reponse, partenaire: r.partenaire?.nom ?? null,
    enregistrePar: `${r.enregistrePar.firstName} ${r.enregistrePar.lastName}`,
  };
}

export async function listPassagesOfDay(actor: Actor, { siteId, day }: { siteId: string; day: string }): Promise<PassageRow[]> {
  if (!canUseAccueil(actor) || !isUuid(siteId)) return [];
  const { from, to } = parisRange(day, 1);
  const rows = await db.passage.findMany({
    where: { AND: [passageScope(actor), { siteId, survenuLe: { gte: from, lt: to } }] },
    select: ROW_SELECT, orderBy: [{ survenuLe: "desc" }, { id: "asc" }], take: 500,
  });
  return rows.map(toRow);
}

export const PASSAGE_LIST_MAX = 200;

/** The passages of a period with the dashboard's filters: the total, and the latest rows. */
export async function listPassages(actor: Actor, p: PassageListParams): Promise<{ total: number; rows: PassageRow[] }> {
  if (!canUseAccueil(actor)) return { total: 0, rows: [] };
  const range = instantRange(p.du, p.au);
  const where: Prisma.PassageWhereInput = {
    AND: [passageScope(actor), {
      ...(range ? { survenuLe: range } : {}), ...(p.site ? { siteId: p.site } : {}), ...(p.motif ? { motifs: { has: p.motif } } : {}),
      ...(p.reponse ? { reponse: p.reponse } : {}), ...(p.dossier === "sans" ? { usagerId: null } : p.dossier === "avec" ? { usagerId: { not: null } } : {}),
    }],
  };
  const [total, rows] = await Promise.all([
    db.passage.count({ where }),
    db.passage.findMany({ where, select: ROW_SELECT, orderBy: [{ survenuLe: "desc" }, { id: "asc" }], take: PASSAGE_LIST_MAX }),
  ]);
  return { total, rows: rows.map(toRow) };
}
