// Exporting a person's data: gathered in the actor's scope, rendered, and the export itself
// written to the audit log (who exported what, in which format).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { collectPersonData } from "./person-data";
import { buildPersonReport } from "./person-report";
import { renderPersonReportPdf } from "./person-pdf";

export async function exportPersonData(actor: Actor, usagerId: string, format: "json" | "pdf") {
  const data = await collectPersonData(actor, usagerId);
  if (!data) return null;
  const report = buildPersonReport(data);
  const body = format === "pdf" ? await renderPersonReportPdf(report) : Buffer.from(JSON.stringify(report, null, 2), "utf8");
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.export", entityType: "Usager", entityId: usagerId, details: { format } }));
  return { body, filename: `donnees-${data.usager.numeroDossier}.${format}` };
}
