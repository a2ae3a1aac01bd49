// Reminders to the person, two days before a rendez-vous, by SMS (or e-mail when there is no
// mobile number and SMTP is configured), only when the person agreed. Each row is claimed with a
// conditional update before anything is sent: two instances running at once, or a rerun, never
// send the same reminder twice (at most once; a failed send is logged, not retried).
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { formatDateTime } from "@/lib/format";
import { emailConfigured, sendEmail } from "@/lib/notifications/email";
import { smsProvider } from "@/lib/notifications/sms";

export const REMINDER_AHEAD_MS = 48 * 3_600_000;
const BATCH = 500;

type Summary = { considered: number; sent: number; skipped: number; failed: number };

function reminderText(r: { debut: Date; site: { name: string; address: string } | null; structureName: string; kind: string }) {
  const place = r.kind === "TELEPHONE" ? "par téléphone" : r.kind === "VISITE_A_DOMICILE" ? "à votre domicile" : r.site ? `${r.site.name}, ${r.site.address}` : "";
  return `Rappel : rendez-vous avec ${r.structureName} le ${formatDateTime(r.debut)}${place ? ` (${place})` : ""}. En cas d'empêchement, merci de prévenir.`;
}

export async function sendRendezVousReminders(now: Date): Promise<Summary> {
  const rows = await db.rendezVous.findMany({
    where: { status: "PREVU", rappelConsenti: true, rappelEnvoyeAt: null, debut: { gt: now, lte: new Date(now.getTime() + REMINDER_AHEAD_MS) } },
    select: {
      id: true, structureId: true, debut: true, kind: true,
      usager: { select: { telephone: true, email: true } },
      fiche: { select: { telephone: true, email: true } },
      site: { select: { name: true, address: true } },
    },
    orderBy: { debut: "asc" },
    take: BATCH,
  });
  const summary: Summary = { considered: rows.length, sent: 0, skipped: 0, failed: 0 };
  const structures = new Map((await db.structure.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.structureId))] } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  for (const r of rows) {
    const phone = r.usager?.telephone ?? r.fiche?.telephone ?? null;
    const email = r.usager?.email ?? r.fiche?.email ?? null;
    const canal = phone ? "SMS" : email && emailConfigured() ? "EMAIL" : null;
    // No way to reach the person: left unclaimed, a number added later still gets the reminder.
    if (!canal) { summary.skipped++; continue; }
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.rendezVous.updateMany({
        where: { id: r.id, status: "PREVU", rappelConsenti: true, rappelEnvoyeAt: null, debut: r.debut },
        data: { rappelEnvoyeAt: now, rappelCanal: canal },
      });
      if (count === 1) {
        await tx.auditLog.create({ data: { structureId: r.structureId, action: "rendezvous.rappel", entityType: "RendezVous", entityId: r.id, details: { canal } } });
      }
      return count === 1;
    });
    if (!claimed) { summary.skipped++; continue; }
    const text = reminderText({ ...r, structureName: structures.get(r.structureId) ?? "le CCAS" });
    try {
      if (canal === "SMS") await smsProvider().send({ to: phone!, text });
      else await sendEmail({ to: email!, tag: "rendezvous.rappel", subject: "Rappel de votre rendez-vous", text: `Bonjour,\n\n${text}\n` });
      summary.sent++;
    } catch (error) {
      const e = error as { code?: string; name?: string };
      log.error({ rendezVousId: r.id, canal, code: e.code ?? null, kind: e.name ?? null }, "rendezvous_reminder_failed");
      summary.failed++;
    }
  }
  return summary;
}
