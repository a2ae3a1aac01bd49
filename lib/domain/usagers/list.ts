// The caseload table: server-side search, filters, sort and paging, always inside the actor's
// structure (usagerScope). One query for the page, one for the count, one for the référents.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListUsagers } from "@/lib/auth/permissions";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { usagerReferentScope, usagerScopeSql } from "@/lib/auth/scopes/usager";
import { workerScope } from "@/lib/auth/scopes/user";
import { SET_SIMILARITY, searchCondition } from "./search-sql";
import { QUARTIER_NON_RENSEIGNE, ageBandCondition } from "./profile-sql";
import { instantRange } from "@/lib/domain/shared/day-range";
import { activeUsagerIdsSql } from "@/lib/domain/shared/period-segments";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { runningAbsences } from "@/lib/domain/absences/queries";
import type { UsagerListParams, UsagerSort } from "./list-params";

export type UsagerListRow = {
  id: string;
  numeroDossier: string;
  nom: string;
  prenom: string;
  dateNaissance: Date | null;
  quartier: string | null;
  lastContactAt: Date | null;
  status: "ACTIF" | "INACTIF" | "ARCHIVE";
  /** absentUntil: the last day of the référent's absence running today, if any. */
  referents: { id: string; firstName: string; lastName: string; absentUntil: Date | null }[];
  /** Types of the accompagnements still open (proposé, en cours, suspendu). */
  accompagnements: ("INDIVIDUEL" | "BUDGETAIRE" | "LOGEMENT" | "ERRANCE")[];
};
export type UsagerListPage = { rows: UsagerListRow[]; total: number; page: number; pageSize: number };

const ORDER: Record<UsagerSort, { asc: Prisma.Sql; desc: Prisma.Sql }> = {
  numero: { asc: Prisma.sql`u."numeroDossier" ASC`, desc: Prisma.sql`u."numeroDossier" DESC` },
  nom: { asc: Prisma.sql`u."searchName" ASC`, desc: Prisma.sql`u."searchName" DESC` },
  // Ascending age = most recent birth date first.
  age: { asc: Prisma.sql`u."dateNaissance" DESC NULLS LAST`, desc: Prisma.sql`u."dateNaissance" ASC NULLS LAST` },
  quartier: { asc: Prisma.sql`u.quartier ASC NULLS LAST`, desc: Prisma.sql`u.quartier DESC NULLS LAST` },
  dernierContact: { asc: Prisma.sql`u."lastContactAt" ASC NULLS FIRST`, desc: Prisma.sql`u."lastContactAt" DESC NULLS LAST` },
};

export async function listUsagers(actor: Actor, params: UsagerListParams, now = new Date()): Promise<UsagerListPage> {
  const empty = { rows: [], total: 0, page: params.page, pageSize: params.taille };
  if (!canListUsagers(actor)) return empty;
  const filters: Prisma.Sql[] = [usagerScopeSql(actor, "u")];
  if (params.statut !== "tous") filters.push(Prisma.sql`u.status = ${params.statut}::"UsagerStatus"`);
  if (params.quartier === QUARTIER_NON_RENSEIGNE) {
    // The dashboard's "Non renseigné" row: dossiers without a quartier (and any literally named so).
    filters.push(Prisma.sql`COALESCE(u.quartier, ${QUARTIER_NON_RENSEIGNE}) = ${QUARTIER_NON_RENSEIGNE}`);
  } else if (params.quartier) filters.push(Prisma.sql`u.quartier = ${params.quartier}`);
  if (params.site) filters.push(Prisma.sql`u."siteId" = ${params.site}::uuid`);
  const created = instantRange(params.creeDu, params.creeAu);
  if (created?.gte) filters.push(Prisma.sql`u."createdAt" >= ${created.gte}`);
  if (created?.lt) filters.push(Prisma.sql`u."createdAt" < ${created.lt}`);
  const active = instantRange(params.actifDu, params.actifAu);
  if (active?.gte && active.lt) {
    // A bounded period reads the dashboard's activity summaries (the same rows its count reads).
    filters.push(Prisma.sql`u.id IN (${activeUsagerIdsSql(ownedBy(actor), { from: active.gte, to: active.lt })})`);
  } else if (active) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Entretien" e WHERE e."usagerId" = u.id
      ${active.gte ? Prisma.sql`AND e.date >= ${active.gte}` : Prisma.empty} ${active.lt ? Prisma.sql`AND e.date < ${active.lt}` : Prisma.empty})`);
  }
  if (params.tranche) filters.push(ageBandCondition(params.tranche, params.ageAu || parisToday(now)));
  if (params.menage) filters.push(Prisma.sql`u.menage = ${params.menage}::"TypeMenage"`);
  if (params.referent === "aucun") {
    filters.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "UsagerReferent" r WHERE r."usagerId" = u.id)`);
  } else if (params.referent) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "UsagerReferent" r WHERE r."usagerId" = u.id AND r."userId" = ${params.referent}::uuid)`);
  }
  if (params.sansContact !== "") {
    const before = new Date(now.getTime() - params.sansContact * 86_400_000);
    filters.push(Prisma.sql`COALESCE(u."lastContactAt", u."createdAt") < ${before}`);
  }
  if (params.accompagnement) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Accompagnement" a WHERE a."usagerId" = u.id
      AND a.type = ${params.accompagnement}::"AccompagnementType" AND a.status <> 'CLOS')`);
  }
  const search = params.q ? searchCondition(params.q) : null;
  if (params.q && !search) return empty;
  if (search) filters.push(search.where);
  const where = Prisma.join(filters, " AND ");
  const order = params.tri
    ? ORDER[params.tri][params.ordre]
    : search
      ? Prisma.sql`(${search.score}) DESC, u."searchName" ASC`
      : ORDER.nom.asc;
  const offset = (params.page - 1) * params.taille;

  // One scan gives the page and the total (count(*) OVER ()): a separate count query would
  // repeat the whole search. A page past the end has no row to carry the total: count then.
  const [rows, total] = await db.$transaction(async (tx) => {
    if (search) await tx.$executeRaw(SET_SIMILARITY);
    const page = await tx.$queryRaw<(Omit<UsagerListRow, "referents" | "accompagnements"> & { total: bigint })[]>`
      SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."dateNaissance", u.quartier, u."lastContactAt", u.status,
             count(*) OVER () AS total
      FROM "Usager" u WHERE ${where} ORDER BY ${order}, u.id LIMIT ${params.taille} OFFSET ${offset}`;
    if (page.length > 0 || offset === 0) return [page, Number(page[0]?.total ?? 0)] as const;
    const count = await tx.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Usager" u WHERE ${where}`;
    return [page, Number(count[0]?.total ?? 0)] as const;
  });
  const ids = rows.map((r) => r.id);
  const [referents, open] = await Promise.all([
    db.usagerReferent.findMany({
      where: { AND: [usagerReferentScope(actor), { usagerId: { in: ids } }] },
      select: { usagerId: true, user: { select: { id: true, firstName: true, lastName: true } } },
      orderBy: { assignedAt: "asc" },
    }),
    db.accompagnement.findMany({
      where: { AND: [accompagnementScope(actor), { usagerId: { in: ids }, status: { not: "CLOS" } }] },
      select: { usagerId: true, type: true },
      orderBy: { debut: "asc" },
    }),
  ]);
  const absences = await runningAbsences(db, actor.structureId, [...new Set(referents.map((x) => x.user.id))]);
  return {
    rows: rows.map((r) => ({
      id: r.id, numeroDossier: r.numeroDossier, nom: r.nom, prenom: r.prenom, dateNaissance: r.dateNaissance,
      quartier: r.quartier, lastContactAt: r.lastContactAt, status: r.status,
      referents: referents.filter((x) => x.usagerId === r.id).map((x) => ({ ...x.user, absentUntil: absences.get(x.user.id)?.fin ?? null })),
      accompagnements: open.filter((x) => x.usagerId === r.id).map((x) => x.type),
    })),
    total,
    page: params.page,
    pageSize: params.taille,
  };
}

/** Référents a table can be filtered by, and a dossier assigned to: the structure's workers. */
export function listReferentOptions(actor: Actor) {
  if (!canListUsagers(actor)) return Promise.resolve([]);
  return db.user.findMany({
    where: { AND: [workerScope(actor), { status: "ACTIVE" }] },
    select: { id: true, firstName: true, lastName: true, role: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/** Quartiers known in the structure: those of its sites and those already used in dossiers. */
export async function listQuartiers(actor: Actor): Promise<string[]> {
  if (!canListUsagers(actor)) return [];
  // A loose index scan on (structureId, quartier): one index probe per quartier, where DISTINCT
  // would read the index entry of every dossier of the structure (100,000 in a big CCAS: the
  // slowest query of the usagers page before this).
  const [sites, usagers] = await Promise.all([
    db.site.findMany({ where: { AND: [siteScope(actor), { quartier: { not: null } }] }, select: { quartier: true }, distinct: ["quartier"] }),
    db.$queryRaw<{ quartier: string }[]>`
      WITH RECURSIVE q AS (
        SELECT min(quartier) AS quartier FROM "Usager" WHERE ${usagerScopeSql(actor, "Usager")}
        UNION ALL
        SELECT (SELECT min(quartier) FROM "Usager" WHERE ${usagerScopeSql(actor, "Usager")} AND quartier > q.quartier)
        FROM q WHERE q.quartier IS NOT NULL
      )
      SELECT quartier FROM q WHERE quartier IS NOT NULL`,
  ]);
  return [...new Set([...sites, ...usagers].map((x) => x.quartier!))].sort((a, b) => a.localeCompare(b, "fr"));
}
