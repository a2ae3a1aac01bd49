// The list behind the no-show figures of the dashboard: rendez-vous whose outcome is recorded
// (honoré, excusé, non venu), in the actor's scope, most recent first. The same conditions as
// agendaDashboardFigures, so a figure and its list agree.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canViewAgenda } from "@/lib/auth/permissions";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { instantRange } from "@/lib/domain/shared/day-range";
import { HORS_SITE, RDV_OUTCOMES, type RendezVousListParams } from "./list-params";

const ROW_SELECT = {
  id: true, kind: true, status: true, debut: true,
  usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } },
  fiche: { select: { id: true, reference: true, nom: true, prenom: true } },
  site: { select: { id: true, name: true } },
  travailleur: { select: { id: true, firstName: true, lastName: true } },
} as const satisfies Prisma.RendezVousSelect;

export async function listRendezVousOutcomes(actor: Actor, params: RendezVousListParams) {
  const empty = { rows: [] as Prisma.RendezVousGetPayload<{ select: typeof ROW_SELECT }>[], total: 0, page: params.page, pageSize: params.taille };
  if (!canViewAgenda(actor)) return empty;
  const debut = instantRange(params.du, params.au);
  const where: Prisma.RendezVousWhereInput = {
    AND: [
      rendezVousScope(actor),
      { status: params.issue ? params.issue : { in: [...RDV_OUTCOMES] } },
      debut ? { debut } : {},
      // A site of another structure matches no rendez-vous of this one: an empty list, not an error.
      params.site === HORS_SITE ? { siteId: null } : params.site ? { siteId: params.site } : {},
      params.travailleur ? { travailleurId: params.travailleur } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.rendezVous.count({ where }),
    db.rendezVous.findMany({
      where, select: ROW_SELECT, orderBy: [{ debut: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * params.taille, take: params.taille,
    }),
  ]);
  return { ...empty, total, rows };
}
export type RendezVousOutcomePage = Awaited<ReturnType<typeof listRendezVousOutcomes>>;
export type RendezVousOutcomeRow = RendezVousOutcomePage["rows"][number];
