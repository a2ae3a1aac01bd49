// GET /api/documents/:id[?apercu=1] — a pièce jointe, streamed from the storage after the
// domain checked the rule and wrote the audit row. Inline only for images and PDF (preview);
// anything else, HEIC included, is an attachment. Never cached; anyone else gets the same 404
// as a missing id.
import { currentActor } from "@/lib/auth/current-user";
import { contentDisposition, fileContentSecurityPolicy } from "@/lib/domain/documents/http";
import { openDocument } from "@/lib/domain/documents/queries";
import { guardDownload } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return text(404, "Introuvable");
  const refused = await guardDownload(request, actor);
  if (refused) return refused;
  const { id } = await params;
  const preview = new URL(request.url).searchParams.get("apercu") === "1";
  const file = await openDocument(actor, id, preview ? "preview" : "download");
  if (!file) return text(404, "Introuvable");
  if (file === "missing") return text(410, "Ce fichier n'est plus disponible dans le stockage. Signalez-le à votre administrateur.");
  return new Response(file.stream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.inline, file.name),
      "Content-Security-Policy": fileContentSecurityPolicy(file.mime),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
