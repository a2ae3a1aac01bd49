// GET /api/usagers/:id/notice — the information notice (PDF) about the processing of the
// person's data, for the TS and RESPONSABLE of the structure. Anyone else gets a 404.
import { currentActor } from "@/lib/auth/current-user";
import { getInformationNotice } from "@/lib/domain/rgpd/notice";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const { id } = await params;
  const notice = await getInformationNotice(actor, id);
  if (!notice) return notFound();
  return new Response(new Uint8Array(notice.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${notice.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
