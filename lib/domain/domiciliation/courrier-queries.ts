// The mail register as the reception sees it: the person's name and the mail, nothing else of
// the dossier (no numéro de dossier, no address, no social content), on purpose.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { namesOf } from "@/lib/domain/shared/user-names";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { searchTokens } from "@/lib/domain/usagers/normalize";
import { courrierAccess, courrierRetourJours } from "./access";
import { addDays } from "./deadlines";

const COURRIER_SELECT = { id: true, recuLe: true, expediteurType: true, recommande: true, status: true, remisLe: true, remisParId: true, retourneLe: true, retourProposeLe: true } as const;

/** null when the actor may not open the register (the page answers 404). */
export async function getCourrierRegister(actor: Actor, { q = "" }: { q?: string } = {}, now = new Date()) {
  const access = await courrierAccess(actor);
  if (!access.allowed) return null;
  const t = isoToDate(parisToday(now))!;
  const tokens = searchTokens(q);
  const [domiciliations, delay] = await Promise.all([
    db.domiciliation.findMany({
      where: {
        AND: [access.domiciliations, { status: "ACCORDEE", finValidite: { gte: t } }, ...tokens.map((tk) => ({ usager: { searchName: { contains: tk } } }))],
      },
      select: {
        id: true,
        usager: { select: { nom: true, prenom: true } },
        courriers: { where: { OR: [{ status: "EN_ATTENTE" }, { createdAt: { gte: addDays(t, -30) } }] }, select: COURRIER_SELECT, orderBy: { recuLe: "desc" } },
      },
      orderBy: [{ usager: { nom: "asc" } }, { usager: { prenom: "asc" } }],
      take: 200,
    }),
    courrierRetourJours(actor.structureId),
  ]);
  const limit = addDays(t, -delay);
  // Mail still waiting past the delay, whatever the state of the domiciliation (ended ones too).
  const toReturn = await db.courrierDomiciliation.findMany({
    where: { AND: [access.courriers, { status: "EN_ATTENTE", OR: [{ recuLe: { lte: limit } }, { retourProposeLe: { not: null } }, { domiciliation: { status: { not: "ACCORDEE" } } }, { domiciliation: { finValidite: { lt: t } } }] }] },
    select: { ...COURRIER_SELECT, domiciliation: { select: { usager: { select: { nom: true, prenom: true } } } } },
    orderBy: { recuLe: "asc" },
    take: 200,
  });
  const names = await namesOf(actor, domiciliations.flatMap((d) => d.courriers.map((c) => c.remisParId)));
  const name = (id: string | null) => { const u = id ? names.get(id) : undefined; return u ? `${u.firstName} ${u.lastName}` : null; };
  return {
    delay,
    domiciliations: domiciliations.map((d) => ({
      id: d.id, personne: `${d.usager.nom.toUpperCase()} ${d.usager.prenom}`,
      courriers: d.courriers.map((c) => ({ ...c, remisPar: name(c.remisParId) })),
    })),
    toReturn: toReturn.map((c) => ({ ...c, personne: `${c.domiciliation.usager.nom.toUpperCase()} ${c.domiciliation.usager.prenom}` })),
  };
}
export type CourrierRegister = NonNullable<Awaited<ReturnType<typeof getCourrierRegister>>>;
