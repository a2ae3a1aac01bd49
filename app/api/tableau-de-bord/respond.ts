// Shared answers of the dashboard downloads: never cached, a 404 that reveals nothing.
import type { ExportFile } from "@/lib/domain/dashboard/exports";

export const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function fileResponse(file: ExportFile): Response {
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}

/** A year from the query, within what a CCAS may ask for; null otherwise. */
export function yearParam(request: Request): number | null {
  const raw = new URL(request.url).searchParams.get("annee") ?? "";
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : null;
}
