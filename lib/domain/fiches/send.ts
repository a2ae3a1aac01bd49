// The agent's side: sending a fiche. One transaction writes the fiche, its first event and the
// audit row; the CCAS is told by e-mail after the commit (never inside it).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canSendFiche } from "@/lib/auth/permissions";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisYear } from "@/lib/domain/shared/paris-time";
import { CONSENTEMENT_TEXTE } from "./labels";
import { nextFicheReference } from "./reference";
import { notifyNewFiche } from "./notify";
import type { FicheSend } from "./schemas";

export async function sendFiche(actor: Actor, input: FicheSend, now = new Date()) {
  if (!canSendFiche(actor)) throw new NotFoundError();
  // The schema already refuses it; the command does not trust its caller to have parsed.
  if (input.consentement !== true) throw new DomainError("Consentement manquant.", { consentement: "Le consentement de la personne est obligatoire." });
  const fiche = await db.$transaction(async (tx) => {
    // The sending site is the agent's own (never taken from the form), and must be of their structure.
    const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: actor.siteId! }] }, select: { id: true } });
    if (!site) throw new NotFoundError();
    const reference = await nextFicheReference(tx, actor.structureId, parisYear(now));
    const created = await tx.ficheLiaison.create({
      data: {
        ...ownedBy(actor), reference, siteId: site.id, agentId: actor.id,
        nom: input.nom, prenom: input.prenom, dateNaissance: input.dateNaissance ? isoToDate(input.dateNaissance) : null,
        telephone: input.telephone, email: input.email, disponibilites: input.disponibilites, adresse: input.adresse,
        quartier: input.quartier, motifs: input.motifs, motifPrecision: input.motifPrecision, urgence: input.urgence,
        consentementTexte: CONSENTEMENT_TEXTE, status: "ENVOYEE", sentAt: now, statusChangedAt: now, createdAt: now,
      },
      select: { id: true, reference: true, structureId: true },
    });
    await tx.ficheEvent.create({ data: { ficheId: created.id, at: now, actorId: actor.id, status: "ENVOYEE" } });
    await writeAudit(tx, actor, {
      action: "fiche.send", entityType: "FicheLiaison", entityId: created.id,
      details: { reference, urgence: input.urgence, motifs: input.motifs },
    });
    return created;
  });
  notifyNewFiche(fiche);
  return { id: fiche.id, reference: fiche.reference };
}
