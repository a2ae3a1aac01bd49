// The courrier d'orientation, generated on each request (never stored, never cached): the
// domain checks the rule and writes the audit row; anyone else gets the same 404 as a missing id.
import { currentActor } from "@/lib/auth/current-user";
import { getCourrier } from "@/lib/domain/orientations/detail";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return notFound();
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const { id } = await params;
  const courrier = await getCourrier(actor, id);
  if (!courrier) return notFound();
  return new Response(new Uint8Array(courrier.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${courrier.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
