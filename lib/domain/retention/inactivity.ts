// "Without contact": the latest trace of work with the person: an entretien (lastContactAt), an
// aid request or decision, an orientation, a change of an accompagnement, or the creation of the
// dossier. A dossier with an accompagnement still open (proposé, en cours, suspendu) is never
// inactive, whatever the dates.
import { subMonths } from "date-fns";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbTx } from "@/lib/db";

export type InactiveDossier = { usagerId: string; structureId: string; dernierContactLe: Date };

const lastTrace = Prisma.sql`GREATEST(
  u."createdAt",
  COALESCE(u."lastContactAt", u."createdAt"),
  COALESCE((SELECT max(GREATEST(a."demandeLe", COALESCE(a."decisionLe", a."demandeLe"), COALESCE(a."payeLe", a."demandeLe"))) FROM "Aide" a WHERE a."usagerId" = u.id), u."createdAt"),
  COALESCE((SELECT max(o."date") FROM "Orientation" o WHERE o."usagerId" = u.id), u."createdAt"),
  COALESCE((SELECT max(ac."statusChangedAt") FROM "Accompagnement" ac WHERE ac."usagerId" = u.id), u."createdAt")
)`;

/** Dossiers of a structure whose latest trace is older than `months` before `now` (not yet anonymised). */
export async function findInactiveDossiers(
  structureId: string, months: number, now: Date, opts: { usagerIds?: string[]; client?: DbTx } = {},
): Promise<InactiveDossier[]> {
  const cutoff = subMonths(now, months);
  const only = opts.usagerIds ? Prisma.sql`AND u.id = ANY(${opts.usagerIds}::uuid[])` : Prisma.empty;
  return (opts.client ?? db).$queryRaw<InactiveDossier[]>`
    SELECT * FROM (
      SELECT u.id AS "usagerId", u."structureId", ${lastTrace} AS "dernierContactLe"
      FROM "Usager" u
      WHERE u."structureId" = ${structureId}::uuid AND u."anonymiseLe" IS NULL ${only}
        AND NOT EXISTS (SELECT 1 FROM "Accompagnement" ac WHERE ac."usagerId" = u.id AND ac.status <> 'CLOS')
    ) t
    WHERE t."dernierContactLe" < ${cutoff}
    ORDER BY t."dernierContactLe" ASC`;
}
