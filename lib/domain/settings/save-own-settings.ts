// One way to write a part of the structure's settings row: the row holds several kinds of
// settings (reste à vivre, retention, sign-in, signalement), so a first save of any kind creates
// it with the default reste-à-vivre charges, and every save is audited in the same transaction.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { ownStructureSettings } from "@/lib/auth/scopes/structure-settings";
import { writeAudit, type AuditInput } from "@/lib/domain/audit/write-audit";
import { DEFAULT_CHARGES_RETENUES } from "@/lib/domain/usagers/budget-types";
import type { Prisma } from "@/lib/generated/prisma/client";

type SettingsFields = Omit<Prisma.StructureSettingsUncheckedCreateInput, "structureId" | "updatedById" | "updatedAt">;

export async function saveOwnStructureSettings(
  tx: DbTx, actor: Actor, data: Partial<SettingsFields>,
  audit: Pick<AuditInput, "action" | "details">,
) {
  await tx.structureSettings.upsert({
    where: ownStructureSettings(actor),
    create: { ...ownedBy(actor), chargesRetenues: DEFAULT_CHARGES_RETENUES, ...data, updatedById: actor.id },
    update: { ...data, updatedById: actor.id },
  });
  await writeAudit(tx, actor, { action: audit.action, entityType: "StructureSettings", entityId: actor.structureId, details: audit.details });
}
