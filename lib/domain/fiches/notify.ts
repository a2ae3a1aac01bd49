// E-mail notifications of fiches de liaison, through the app's one mail module (only when SMTP is
// configured). The body carries the reference and a link, never anything about the person (an
// e-mail leaves the secure perimeter). Mails go out after the commit and a failure is only logged:
// the fiche is saved either way, and the in-app counters still show it.
import { db } from "@/lib/db";
import { appUrl, sendEmailLater, type EmailMessage } from "@/lib/notifications/email";
import { workersOf } from "@/lib/auth/scopes/user";

const FOOTER = "\n\nCe message ne contient volontairement aucune information sur la personne : connectez-vous à Passerelle pour la consulter.\n";

export function newFicheMessage(fiche: { id: string; reference: string }, bcc: string[]): EmailMessage {
  return {
    bcc, tag: "fiche.new",
    subject: `Passerelle : nouvelle fiche de liaison ${fiche.reference}`,
    text: `Bonjour,\n\nUne nouvelle fiche de liaison (${fiche.reference}) a été envoyée au CCAS.\n\n${appUrl()}/fiches-liaison/${fiche.id}${FOOTER}`,
  };
}

export function outcomeMessage(fiche: { id: string; reference: string }, to: string): EmailMessage {
  return {
    to, tag: "fiche.outcome",
    subject: `Passerelle : suite donnée à la fiche ${fiche.reference}`,
    text: `Bonjour,\n\nLe CCAS a donné une suite à la fiche de liaison ${fiche.reference}.\n\n${appUrl()}/fiches-liaison/${fiche.id}${FOOTER}`,
  };
}

/** To the structure's travailleurs sociaux and responsables (the inbox is shared), in blind copy. */
export function notifyNewFiche(fiche: { id: string; reference: string; structureId: string }) {
  sendEmailLater(async () => {
    const workers = await db.user.findMany({
      where: { AND: [workersOf(fiche.structureId), { status: "ACTIVE" }] },
      select: { email: true },
    });
    return workers.length === 0 ? null : newFicheMessage(fiche, workers.map((w) => w.email));
  });
}

/** To the agent who sent the fiche, when it reaches an outcome. */
export function notifyAgentOfOutcome(fiche: { id: string; reference: string; agentId: string }) {
  sendEmailLater(async () => {
    const agent = await db.user.findFirst({ where: { id: fiche.agentId, status: "ACTIVE" }, select: { email: true } });
    return agent ? outcomeMessage(fiche, agent.email) : null;
  });
}
