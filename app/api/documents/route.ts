// POST /api/documents?usagerId=…&type=…[&confidential=true][&accompagnementId|aideId|orientationId=…]
// Body: the file's raw bytes (one file per request, so the browser reports upload progress);
// header X-File-Name: its name, URI-encoded. Answers JSON: { ok, document } or { ok: false,
// formError, fieldErrors } in French. A route handler rather than a server action: 15 MB bodies
// stream here without raising the server actions' body limit for every form.
import { currentActor } from "@/lib/auth/current-user";
import { zodFieldErrors } from "@/lib/actions/run-action";
import { uploadDocument } from "@/lib/domain/documents/commands";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/labels";
import { readBodyWithLimit } from "@/lib/domain/documents/read-body";
import { ZDocumentUpload } from "@/lib/domain/documents/schemas";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { log } from "@/lib/log";
import { refuseCrossSite } from "@/lib/security/route-guard";

export const dynamic = "force-dynamic";

const TOO_LARGE = "Le fichier dépasse 15 Mo : réduisez-le (scan en noir et blanc, photo moins grande).";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const failure = (status: number, formError: string, fieldErrors: Record<string, string> = {}) =>
  json(status, { ok: false, formError, fieldErrors });

function fileNameOf(request: Request): string | null {
  const raw = request.headers.get("x-file-name");
  if (raw === null) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return failure(401, "Votre session a expiré : reconnectez-vous, puis recommencez l'envoi.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ZDocumentUpload.safeParse(params);
  if (!parsed.success) return failure(400, "Le formulaire contient des erreurs : corrigez les champs signalés.", zodFieldErrors(parsed.error));
  const name = fileNameOf(request);
  if (!name) return failure(400, "Nom de fichier manquant ou illisible.", { file: "Nom de fichier manquant ou illisible." });
  const announced = Number(request.headers.get("content-length") ?? "0");
  if (announced > MAX_DOCUMENT_BYTES) return failure(413, TOO_LARGE, { file: TOO_LARGE });
  const body = await readBodyWithLimit(request.body);
  if (!body.ok) return failure(413, TOO_LARGE, { file: TOO_LARGE });
  try {
    const document = await uploadDocument(actor, parsed.data, { name, bytes: body.bytes });
    return json(201, { ok: true, document: { id: document.id, name: document.name } });
  } catch (error) {
    if (error instanceof DomainError) return failure(400, error.message, error.fieldErrors);
    if (error instanceof NotFoundError) return failure(404, "Dossier introuvable ou inaccessible : rien n'a été enregistré.");
    log.error({ err: error instanceof Error ? error.message : String(error) }, "document_upload_failed");
    return failure(500, "L'envoi n'a pas abouti, rien n'a été enregistré. Réessayez dans un instant.");
  }
}
