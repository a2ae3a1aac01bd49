// Right of access (RGPD art. 15): everything held about a person, gathered in one read. The law
// gives the person access to notes written about them, confidential ones included: they are
// marked as such. The list of who accessed the file comes from the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canExportPersonData } from "@/lib/auth/permissions";
import { auditScope } from "@/lib/auth/scopes/audit";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { isUuid } from "@/lib/domain/shared/fields";

export async function collectPersonData(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return null;
  const usager = await db.usager.findFirst({
    where: { AND: [usagerScope(actor), { id: usagerId }] },
    include: {
      site: { select: { name: true } },
      foyer: { orderBy: { dateNaissance: "asc" } },
      budget: true,
      referents: { include: { user: { select: { firstName: true, lastName: true } } } },
      entretiens: { orderBy: { date: "asc" } },
      diagnostics: { include: { domaines: true }, orderBy: { numero: "asc" } },
      accompagnements: { include: { objectifs: { include: { actions: true } }, dettes: true, etapesExpulsion: true, contactsMaraude: true }, orderBy: { debut: "asc" } },
      aides: { orderBy: { demandeLe: "asc" } },
      fiches: { include: { events: { orderBy: { at: "asc" } } }, orderBy: { sentAt: "asc" } },
      orientations: { include: { partenaire: { select: { nom: true, organisme: true } }, events: { orderBy: { at: "asc" } } }, orderBy: { date: "asc" } },
      rendezVous: { include: { site: { select: { name: true } } }, orderBy: { debut: "asc" } },
      domiciliations: { include: { courriers: { orderBy: { recuLe: "asc" } } }, orderBy: { demandeLe: "asc" } },
      ateliers: { include: { atelier: { select: { titre: true, theme: true, debut: true, status: true } } }, orderBy: { inscritLe: "asc" } },
      documents: { orderBy: { createdAt: "asc" }, select: { name: true, type: true, mime: true, size: true, createdAt: true, deletedAt: true, confidential: true } },
    },
  });
  if (!usager || !canExportPersonData(actor, usager)) return null;
  const [structure, accesses, users] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: actor.structureId }, select: { name: true, address: true, postalCode: true, city: true } }),
    db.auditLog.findMany({ where: { AND: [auditScope(actor), { entityType: "Usager", entityId: usagerId }] }, orderBy: { at: "asc" } }),
    db.user.findMany({ where: colleagueScope(actor), select: { id: true, firstName: true, lastName: true, role: true } }),
  ]);
  const name = (id: string | null) => {
    const u = users.find((x) => x.id === id);
    return u ? `${u.firstName} ${u.lastName}` : "compte supprimé";
  };
  return { structure, usager, accesses: accesses.map((a) => ({ at: a.at, action: a.action, by: name(a.actorId), ip: a.ip })), name };
}
export type PersonData = NonNullable<Awaited<ReturnType<typeof collectPersonData>>>;
