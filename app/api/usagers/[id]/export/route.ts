// GET /api/usagers/:id/export?format=json|pdf — the person's data (right of access), for a
// RESPONSABLE of the structure. Anyone else, signed out included, gets a 404.
import { exportPersonData } from "@/lib/domain/dossier/person-export";
import { PDF, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params, search }) => {
  const format = search.get("format") === "pdf" ? "pdf" : "json";
  const result = await exportPersonData(actor, params.id, format);
  return result && { body: result.body, filename: result.filename, contentType: format === "pdf" ? PDF : "application/json; charset=utf-8" };
});
