// The RESPONSABLE's page: who is on the maraude team, and how the public page is set.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageMaraude } from "@/lib/auth/permissions";
import { workerScope } from "@/lib/auth/scopes/user";
import { ownStructureSettings } from "@/lib/auth/scopes/structure-settings";
import { NotFoundError } from "@/lib/domain/errors";

export async function listMaraudeCandidates(actor: Actor) {
  if (!canManageMaraude(actor)) throw new NotFoundError();
  return db.user.findMany({
    where: { AND: [workerScope(actor), { status: "ACTIVE" }] },
    select: { id: true, firstName: true, lastName: true, role: true, maraude: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

export async function getSignalementSettings(actor: Actor) {
  if (!canManageMaraude(actor)) throw new NotFoundError();
  const row = await db.structureSettings.findUnique({
    where: ownStructureSettings(actor),
    select: { signalementActif: true, signalementCode: true, signalementCommunes: true, signalementConservationMois: true },
  });
  return row ?? { signalementActif: false, signalementCode: null, signalementCommunes: [], signalementConservationMois: 3 };
}
