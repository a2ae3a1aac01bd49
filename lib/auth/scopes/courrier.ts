// The mail register of domiciled persons: TS, RESPONSABLE and the reception agent of a Maison des
// Solidarités (canUseCourrier), who sees the person's name and the mail only. `siteKind` is the
// kind of the actor's site, which the session does not carry (lib/domain/domiciliation/access.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canUseCourrier } from "../permissions";
import { NOTHING, NOTHING_SQL, ownedBy, ownedBySql } from "./structure";

export function courrierScope(actor: Actor, siteKind: string | null): Prisma.CourrierDomiciliationWhereInput {
  return canUseCourrier(actor, siteKind) ? ownedBy(actor) : NOTHING;
}

/** `alias` is the SQL alias of "CourrierDomiciliation". */
export function courrierScopeSql(actor: Actor, siteKind: string | null, alias: string): Prisma.Sql {
  return canUseCourrier(actor, siteKind) ? ownedBySql(actor, alias) : NOTHING_SQL;
}

/** The domiciliations the register lists mail for (same rule; the register selects names only). */
export function courrierDomiciliationScope(actor: Actor, siteKind: string | null): Prisma.DomiciliationWhereInput {
  return canUseCourrier(actor, siteKind) ? ownedBy(actor) : NOTHING;
}

export function courrierDomiciliationScopeSql(actor: Actor, siteKind: string | null, alias: string): Prisma.Sql {
  return courrierScopeSql(actor, siteKind, alias);
}
