// GET /api/usagers/:id/export?format=json|pdf — the person's data (right of access), for a
// RESPONSABLE of the structure. Anyone else, signed out included, gets a 404.
import { currentActor } from "@/lib/auth/current-user";
import { exportPersonData } from "@/lib/domain/rgpd/export";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const format = new URL(request.url).searchParams.get("format") === "pdf" ? "pdf" : "json";
  const { id } = await params;
  const result = await exportPersonData(actor, id, format);
  if (!result) return notFound();
  return new Response(new Uint8Array(result.body), {
    headers: {
      "Content-Type": format === "pdf" ? "application/pdf" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
