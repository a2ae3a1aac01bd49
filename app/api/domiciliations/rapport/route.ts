// GET /api/domiciliations/rapport?annee=2026&format=xlsx|pdf — the annual report to the préfet,
// for a RESPONSABLE of the structure. Anyone else, signed out included, gets a 404.
import { currentActor } from "@/lib/auth/current-user";
import { exportDomiciliationReport } from "@/lib/domain/domiciliation/report";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const TYPES = { pdf: "application/pdf", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "pdf" ? "pdf" : "xlsx";
  const annee = Number(params.get("annee"));
  const report = await exportDomiciliationReport(actor, annee, format);
  if (!report) return notFound();
  return new Response(new Uint8Array(report.body), {
    headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${report.filename}"`, "Cache-Control": "no-store" },
  });
}
