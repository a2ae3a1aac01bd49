// The public page's one write: a report, checked against abuse with nothing but this server and
// PostgreSQL (signed timestamp, honeypot, per-address and per-structure limits), then the
// acknowledgement to the reporter. An identical report sent again within the hour is not stored
// twice: the reporter gets the same reference back.
import { randomBytes } from "node:crypto";
import { subHours } from "date-fns";
import { db } from "@/lib/db";
import { writeAccountlessAudit } from "@/lib/domain/audit/write-audit";
import { DomainError } from "@/lib/domain/errors";
import { hitRateLimit } from "@/lib/domain/rate-limit/counter";
import { SIGNALEMENTS_PER_IP, SIGNALEMENTS_PER_STRUCTURE } from "@/lib/domain/rate-limit/policies";
import { sendEmail } from "@/lib/notifications/email";
import { log } from "@/lib/log";
import { acknowledgementEmail } from "./emails";
import { checkFormToken } from "./form-token";
import { publicPageOf } from "./public-page";
import { HONEYPOT_FIELD, type SignalementPublic } from "./schemas";

export const CLOSED_PAGE_MESSAGE = "Cette page de signalement n'est pas ouverte. En cas d'urgence, appelez le 115 (Samu social), le 15 ou le 17.";
const NOT_SENT = "Le signalement n'a pas pu être envoyé. Rechargez la page, vérifiez vos réponses puis envoyez-le à nouveau. En cas d'urgence, appelez le 115.";

const TOKEN_MESSAGES = {
  invalid: NOT_SENT,
  "too-fast": "Le formulaire a été envoyé trop vite pour avoir été rempli : relisez vos réponses puis envoyez-le à nouveau.",
  expired: "Cette page est ouverte depuis trop longtemps : rechargez-la puis envoyez le signalement.",
} as const;

/** Eight characters without look-alikes (no 0/O, 1/I): read over the phone if need be. */
function newReference(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return `S-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

function minutes(seconds: number) {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return `${m} minute${m > 1 ? "s" : ""}`;
}

export type SubmitContext = { ip: string | null; now?: Date };

export async function submitSignalement(input: SignalementPublic, { ip, now = new Date() }: SubmitContext): Promise<{ reference: string }> {
  const verdict = checkFormToken(input.jeton, input.structureId, now);
  if (verdict !== "ok") throw new DomainError(TOKEN_MESSAGES[verdict]);
  // A bot fills every field: refused like any other unsendable form, without saying why.
  if (input[HONEYPOT_FIELD] !== "") throw new DomainError(NOT_SENT);
  const page = await publicPageOf(input.structureId);
  if (!page) throw new DomainError(CLOSED_PAGE_MESSAGE);
  if (!page.communes.includes(input.commune)) throw new DomainError("Choisissez la commune dans la liste.", { commune: "Choisissez une commune de la liste." });
  if (input.quartier && !page.quartiers.includes(input.quartier)) throw new DomainError("Choisissez le quartier dans la liste.", { quartier: "Choisissez un quartier de la liste, ou aucun." });

  // The structure's bucket counts only what an address was allowed to send: one address
  // flooding the page is stopped by its own limit and cannot close the page for everyone.
  const perAddress = ip ? await hitRateLimit(SIGNALEMENTS_PER_IP, ip, now) : null;
  const refused = perAddress && !perAddress.allowed ? perAddress : await hitRateLimit(SIGNALEMENTS_PER_STRUCTURE, page.structureId, now);
  if (!refused.allowed) {
    throw new DomainError(`Trop de signalements ont été envoyés depuis cette connexion ou vers cette structure. Réessayez dans ${minutes(refused.retryAfterS)}. En cas d'urgence, appelez le 115 (Samu social), le 15 ou le 17.`);
  }

  const same = await db.signalement.findFirst({
    where: {
      structureId: page.structureId, personne: input.personne, lieu: input.lieu, situation: input.situation,
      commune: input.commune, reporterEmail: input.reporterEmail, createdAt: { gte: subHours(now, 1) },
    },
    select: { reference: true },
  });
  if (same) return same;

  const created = await db.$transaction(async (tx) => {
    const signalement = await tx.signalement.create({
      data: {
        structureId: page.structureId, reference: newReference(),
        reporterNom: input.reporterNom, reporterTelephone: input.reporterTelephone, reporterEmail: input.reporterEmail,
        personne: input.personne, lieu: input.lieu, commune: input.commune, quartier: input.quartier, situation: input.situation,
        status: "NOUVEAU", statusChangedAt: now, createdAt: now,
        events: { create: { status: "NOUVEAU", at: now } },
      },
      select: { id: true, reference: true },
    });
    // No account: the row names the page and the address it came from.
    await writeAccountlessAudit(tx, page.structureId, { action: "signalement.create", entityType: "Signalement", entityId: signalement.id, details: { par: "page_publique" } }, ip);
    return signalement;
  });
  await deliver(acknowledgementEmail(input.reporterEmail, { reference: created.reference, structureName: page.structureName }));
  return { reference: created.reference };
}

/** A mail that cannot leave does not undo the report (the team has it); it is logged. */
export async function deliver(message: Parameters<typeof sendEmail>[0]): Promise<boolean> {
  try {
    return await sendEmail(message);
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "signalement_email_failed");
    return false;
  }
}
