// Ma journée of a RESPONSABLE: each worker's caseload over the last 30 days, read from the
// dashboard's own figures (lib/domain/dashboard/caseload.ts) so both pages say the same numbers.
import type { Actor } from "@/lib/auth/actor";
import { canViewAllCaseloads } from "@/lib/auth/permissions";
import { dashboardScope } from "@/lib/auth/scopes/dashboard";
import { caseloadFigures } from "@/lib/domain/dashboard/caseload";
import { filterOf } from "@/lib/domain/dashboard/period";
import { addDays } from "@/lib/domain/agenda/calendar";
import { parisToday } from "@/lib/domain/shared/paris-time";

export const TEAM_LOAD_DAYS = 30;

export async function teamLoad(actor: Actor, now = new Date()) {
  const scope = dashboardScope(actor);
  if (!scope || !canViewAllCaseloads(actor)) return null;
  const today = parisToday(now);
  const rows = await caseloadFigures(scope, filterOf({ du: addDays(today, -(TEAM_LOAD_DAYS - 1)), au: today, site: "" }), now);
  return rows
    .filter((r) => r.actif || r.dossiers > 0)
    .map((r) => ({
      userId: r.userId, nom: r.nom, dossiers: r.dossiers, entretiens: r.entretiensTotal, sansContact90: r.sansContact90,
      accompagnements: Object.values(r.accompagnements).reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => b.dossiers - a.dossiers || a.nom.localeCompare(b.nom, "fr"));
}
