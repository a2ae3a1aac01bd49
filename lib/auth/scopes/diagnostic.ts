// Diagnostics: the dossier's rule (TS and RESPONSABLE of the structure), on the diagnostic's own
// structure column.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { socialWorkScope, socialWorkScopeSql } from "./structure";

export function diagnosticScope(actor: Actor): Prisma.DiagnosticWhereInput {
  return socialWorkScope(actor);
}

/** `alias` is the SQL alias of "Diagnostic". */
export function diagnosticScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return socialWorkScopeSql(actor, alias);
}
