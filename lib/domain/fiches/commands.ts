// The CCAS side of a fiche: receive, evaluate, assign, give an appointment, reorient, close (the
// dossier link is in dossier-link.ts). Each command loads the fiche inside the actor's scope
// (foreign id → 404), asks the state machine, and writes in one transaction: the fields, the
// timestamps, a FicheEvent when the status changes, and the audit row.
import type { z } from "zod";
import { db, type DbTx } from "@/lib/db";
import type { Prisma, FicheLiaison } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canAssignFiche, canProcessFiche } from "@/lib/auth/permissions";
import { ficheCcasScope } from "@/lib/auth/scopes/fiche";
import { workerScope } from "@/lib/auth/scopes/user";
import { writeAudit, type AuditInput } from "@/lib/domain/audit/write-audit";
import { notify } from "@/lib/domain/notifications/notify";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { nextStatus, type FicheAction } from "./status-machine";
import { upsertFicheRendezVous } from "./rendez-vous";
import { notifyAgentOfOutcome } from "./notify";
import type { ZFicheAssign, ZFicheClose, ZFicheEvaluation, ZFicheRdv, ZFicheRef, ZFicheReorient } from "./schemas";

export const FICHE_CONFLICT = "La fiche vient d'être modifiée par quelqu'un d'autre : rien n'a été enregistré. Rechargez la page.";
const MAX_RDV_AHEAD_MS = 366 * 86_400_000;

type Change = { patch?: Prisma.FicheLiaisonUncheckedUpdateManyInput; details?: AuditInput["details"] };

export async function loadFicheForCcas(tx: DbTx, actor: Actor, id: string) {
  const fiche = await tx.ficheLiaison.findFirst({ where: { AND: [ficheCcasScope(actor), { id }] } });
  if (!fiche || !canProcessFiche(actor, fiche)) throw new NotFoundError();
  return fiche;
}

/** Fails early, without writing, when the action cannot run on the fiche as it is now. */
export function assertAction(fiche: Pick<FicheLiaison, "status">, action: FicheAction) {
  const step = nextStatus(fiche.status, action);
  if (!step.ok) throw new DomainError(step.message);
  return step;
}

/** Timestamps each outcome implies. premierContactAt: the first time the person was reached. */
function stamps(fiche: FicheLiaison, action: FicheAction, changed: boolean, now: Date, patch: Change["patch"]) {
  const s: Prisma.FicheLiaisonUncheckedUpdateManyInput = {};
  const reached = action === "evaluer" || action === "fixerRdv" || action === "reorienter" ||
    (action === "cloturer" && patch?.motifCloture !== "CONTACT_IMPOSSIBLE");
  if (reached && !fiche.premierContactAt) s.premierContactAt = now;
  if (!changed) return s;
  if (action === "recevoir") s.recueAt = now;
  if (action === "fixerRdv") s.rdvFixeAt = now;
  if (action === "reorienter" || action === "cloturer") s.clotureAt = now;
  return s;
}

export async function applyFicheAction(
  actor: Actor, ficheId: string, action: FicheAction, now: Date,
  build: (fiche: FicheLiaison, tx: DbTx) => Change | Promise<Change>,
) {
  const result = await db.$transaction(async (tx) => {
    const fiche = await loadFicheForCcas(tx, actor, ficheId);
    const step = assertAction(fiche, action);
    const { patch = {}, details = {} } = await build(fiche, tx);
    const data = { ...patch, ...stamps(fiche, action, step.changed, now, patch), status: step.status };
    if (step.changed) data.statusChangedAt = now;
    // The status it was read with must still be the status: two workers cannot both move it.
    const { count } = await tx.ficheLiaison.updateMany({ where: { id: fiche.id, status: fiche.status }, data });
    if (count === 0) throw new DomainError(FICHE_CONFLICT);
    if (step.changed) await tx.ficheEvent.create({ data: { ficheId: fiche.id, at: now, actorId: actor.id, status: step.status } });
    await writeAudit(tx, actor, {
      action: `fiche.${action}`, entityType: "FicheLiaison", entityId: fiche.id,
      details: { reference: fiche.reference, de: fiche.status, vers: step.status, ...details },
    });
    return { id: fiche.id, reference: fiche.reference, agentId: fiche.agentId, status: step.status, changed: step.changed };
  });
  // The agent hears of the outcome (appointment, reorientation, closing), after the commit.
  if (result.changed && ["RDV_FIXE", "REORIENTEE", "CLOTUREE"].includes(result.status)) {
    notifyAgentOfOutcome(result);
  }
  return { id: result.id, status: result.status };
}

export function receiveFiche(actor: Actor, input: z.output<typeof ZFicheRef>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "recevoir", now, () => ({}));
}

/** The first phone evaluation: CCAS side only, never shown to the agent. */
export function evaluateFiche(actor: Actor, input: z.output<typeof ZFicheEvaluation>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "evaluer", now, () => ({
    patch: { evaluationNotes: input.evaluationNotes, droitsNonOuverts: input.droitsNonOuverts, evaluatedAt: now, evaluatedById: actor.id },
    details: { droitsNonOuverts: input.droitsNonOuverts.length },
  }));
}

/** A RESPONSABLE assigns anyone of the structure's workers; a travailleur social takes it. */
export function assignFiche(actor: Actor, input: z.output<typeof ZFicheAssign>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "attribuer", now, async (fiche, tx) => {
    if (!canAssignFiche(actor, fiche, input.assigneeId)) {
      throw new DomainError("Seul·e un·e responsable peut attribuer une fiche à quelqu'un d'autre que soi-même.", { assigneeId: "Choisissez-vous vous-même, ou demandez à un·e responsable." });
    }
    const assignee = await tx.user.findFirst({
      where: { AND: [workerScope(actor), { id: input.assigneeId, status: "ACTIVE" }] },
      select: { id: true },
    });
    if (!assignee) throw new DomainError("Travailleur social inconnu.", { assigneeId: "Choisissez un travailleur social de votre structure." });
    await notify(tx, actor, { kind: "FICHE_ATTRIBUEE", to: [assignee.id], href: `/fiches-liaison/${fiche.id}`, title: `La fiche de liaison ${fiche.reference} vous est attribuée` });
    return { patch: { assigneeId: assignee.id }, details: { assigneeId: assignee.id } };
  });
}

export function giveRdv(actor: Actor, input: z.output<typeof ZFicheRdv>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "fixerRdv", now, async (fiche, tx) => {
    // Typed in Paris time, stored as an instant.
    const at = parisLocalToDate(`${input.date}T${input.heure}`);
    if (!at) throw new DomainError("Date invalide.", { date: "Date du rendez-vous invalide (jj/mm/aaaa)." });
    if (at.getTime() < now.getTime()) throw new DomainError("Le rendez-vous est dans le passé.", { date: "Le rendez-vous ne peut pas être dans le passé." });
    if (at.getTime() > now.getTime() + MAX_RDV_AHEAD_MS) throw new DomainError("Le rendez-vous est trop lointain.", { date: "Le rendez-vous doit avoir lieu dans l'année qui vient." });
    // The appointment is a real rendez-vous of the agenda (conflict-checked).
    const rendezVousId = await upsertFicheRendezVous(tx, actor, fiche, { debut: at, lieu: input.lieu, lieuPrecision: input.lieuPrecision }, now);
    return { patch: { rdvDate: at, rdvLieu: input.lieu, rdvLieuPrecision: input.lieuPrecision }, details: { lieu: input.lieu, rendezVousId } };
  });
}

/** The service named here is shown to the agent ("réorientée vers …"). */
export function reorientFiche(actor: Actor, input: z.output<typeof ZFicheReorient>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "reorienter", now, () => ({ patch: { reorienteeVers: input.vers } }));
}

export function closeFiche(actor: Actor, input: z.output<typeof ZFicheClose>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "cloturer", now, () => ({ patch: { motifCloture: input.motif }, details: { motif: input.motif } }));
}
