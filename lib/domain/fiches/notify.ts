// E-mail notifications of fiches de liaison, only when SMTP_URL is set. The body carries the
// reference and a link, never anything about the person (an e-mail leaves the secure perimeter).
// Mails go out after the commit and a failure is only logged: the fiche is saved either way, and
// the in-app counters still show it.
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { workersOf } from "@/lib/auth/scopes/user";

export type MailMessage = { from: string; to?: string; bcc?: string[]; subject: string; text: string };
export type Mailer = { sendMail(message: MailMessage): Promise<unknown> };

let override: Mailer | null | undefined;
let smtp: Mailer | undefined;

/** Tests inject a transport (e.g. nodemailer's jsonTransport); undefined goes back to SMTP_URL. */
export function setMailerForTests(mailer: Mailer | null | undefined) {
  override = mailer;
}

function mailer(): Mailer | null {
  if (override !== undefined) return override;
  const url = env().SMTP_URL;
  if (!url) return null;
  smtp ??= nodemailer.createTransport(url);
  return smtp;
}

function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

function sender(): string {
  return `Passerelle <ne-pas-repondre@${new URL(appUrl()).hostname}>`;
}

const pending = new Set<Promise<void>>();

/** Runs a notification in the background; without SMTP, nothing runs (not even the look-ups). */
export function queueNotification(task: () => Promise<void>) {
  if (!mailer()) return;
  const run: Promise<void> = task()
    .catch((error: unknown) => {
      // Only codes: an SMTP error message may quote a recipient's address.
      const e = error as { code?: string; responseCode?: number; name?: string };
      log.error({ code: e.code ?? null, responseCode: e.responseCode ?? null, kind: e.name ?? null }, "fiche_notification_failed");
    })
    .finally(() => pending.delete(run));
  pending.add(run);
}

/** Waits for the notifications under way (tests, and a graceful shutdown). */
export async function flushNotifications() {
  await Promise.all([...pending]);
}

const FOOTER = "\n\nCe message ne contient volontairement aucune information sur la personne : connectez-vous à Passerelle pour la consulter.\n";

export function newFicheMessage(fiche: { id: string; reference: string }, bcc: string[]): MailMessage {
  return {
    from: sender(), bcc,
    subject: `Passerelle : nouvelle fiche de liaison ${fiche.reference}`,
    text: `Bonjour,\n\nUne nouvelle fiche de liaison (${fiche.reference}) a été envoyée au CCAS.\n\n${appUrl()}/fiches-liaison/${fiche.id}${FOOTER}`,
  };
}

export function outcomeMessage(fiche: { id: string; reference: string }, to: string): MailMessage {
  return {
    from: sender(), to,
    subject: `Passerelle : suite donnée à la fiche ${fiche.reference}`,
    text: `Bonjour,\n\nLe CCAS a donné une suite à la fiche de liaison ${fiche.reference}.\n\n${appUrl()}/fiches-liaison/${fiche.id}${FOOTER}`,
  };
}

/** To the structure's travailleurs sociaux and responsables (the inbox is shared), in blind copy. */
export async function notifyNewFiche(fiche: { id: string; reference: string; structureId: string }) {
  const m = mailer();
  if (!m) return;
  const workers = await db.user.findMany({
    where: { AND: [workersOf(fiche.structureId), { status: "ACTIVE" }] },
    select: { email: true },
  });
  if (workers.length === 0) return;
  await m.sendMail(newFicheMessage(fiche, workers.map((w) => w.email)));
  log.info({ ficheId: fiche.id, recipients: workers.length }, "fiche_notification_sent");
}

/** To the agent who sent the fiche, when it reaches an outcome. */
export async function notifyAgentOfOutcome(fiche: { id: string; reference: string; agentId: string }) {
  const m = mailer();
  if (!m) return;
  const agent = await db.user.findFirst({ where: { id: fiche.agentId, status: "ACTIVE" }, select: { email: true } });
  if (!agent) return;
  await m.sendMail(outcomeMessage(fiche, agent.email));
  log.info({ ficheId: fiche.id }, "fiche_notification_sent");
}
