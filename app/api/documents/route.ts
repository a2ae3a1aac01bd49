// POST /api/documents, two ways:
// - by the card's script (XMLHttpRequest, for the progress bar): ?usagerId=…&type=…[&confidential=true]
//   [&accompagnementId|aideId|orientationId=…], body: the file's raw bytes (one file per request);
//   header X-File-Name: its name, URI-encoded. Answers JSON: { ok, document } or { ok: false,
//   formError, fieldErrors } in French.
// - by the card's form itself, before hydration or without JavaScript: multipart/form-data with
//   the same fields, `file` (one or several) and `retour` (the page it was sent from). Answers a
//   303 back to that page (this site only), with the outcome in its query string
//   (lib/domain/documents/upload-outcome.ts); a refusal loses nothing but the files.
// A route handler rather than a server action: 15 MB bodies stream here without raising the
// server actions' body limit for every form. The proxy does not run for this route (proxy.ts's
// matcher): it would make Next.js buffer the whole body first. Order: origin, session, then the
// body, streamed with its limit.
import { currentActor } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/actor";
import { zodFieldErrors } from "@/lib/actions/run-action";
import { uploadDocument } from "@/lib/domain/documents/commands";
import { FileRefusedError } from "@/lib/domain/documents/file-checks";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/labels";
import { readBodyWithLimit } from "@/lib/domain/documents/read-body";
import { ZDocumentUpload, type DocumentUpload } from "@/lib/domain/documents/schemas";
import { withUploadOutcome, type UploadOutcome, type UploadRefusal } from "@/lib/domain/documents/upload-outcome";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { log } from "@/lib/log";
import { refuseCrossSite } from "@/lib/security/route-guard";
import { sameSitePath } from "@/lib/security/return-path";

export const dynamic = "force-dynamic";

const TOO_LARGE = "Le fichier dépasse 15 Mo : réduisez-le (scan en noir et blanc, photo moins grande).";
/** A plain form carries all its files in one body; the proxy cuts bodies above 16 MB (next.config.mjs). */
const MAX_FORM_BYTES = 16 * 1024 * 1024;

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
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return postForm(request);
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) {
    // Refused before a byte of the body is read (Node discards the rest, nothing is held).
    await request.body?.cancel().catch(() => {});
    return Response.json({ ok: false, formError: "Votre session a expiré : reconnectez-vous, puis recommencez l'envoi.", fieldErrors: {} }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
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

const TARGETS = ["accompagnementId", "aideId", "orientationId"] as const;

/** The page the form was sent from: its `retour` field, else the Referer's path; this site only. */
function returnPath(form: FormData | null, request: Request, usagerId: string): string {
  const field = form?.get("retour");
  const referer = request.headers.get("referer");
  let fromReferer: string | null = null;
  try {
    fromReferer = referer ? sameSitePath(new URL(referer).pathname + new URL(referer).search) : null;
  } catch {
    fromReferer = null;
  }
  return sameSitePath(field) ?? fromReferer ?? (isUuid(usagerId) ? `/usagers/${usagerId}` : "/");
}

async function readForm(request: Request): Promise<{ form: FormData | null; tooLarge: boolean }> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) return { form: null, tooLarge: true };
  const body = await readBodyWithLimit(request.body, MAX_FORM_BYTES);
  if (!body.ok) return { form: null, tooLarge: true };
  // readBodyWithLimit fills a fresh ArrayBuffer.
  const bytes = body.bytes as Uint8Array<ArrayBuffer>;
  const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  return { form, tooLarge: false };
}

/** The form's own post: every file in turn, then back to the page with what happened. */
async function postForm(request: Request): Promise<Response> {
  // The session first: without one, the body is never read (a 15 MB upload from anyone would
  // otherwise be held in memory before being refused).
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) {
    await request.body?.cancel().catch(() => {});
    const outcome: UploadOutcome = { saved: 0, refused: ["session"], type: "", confidential: false };
    return new Response(null, { status: 303, headers: { Location: withUploadOutcome(returnPath(null, request, ""), outcome), "Cache-Control": "no-store" } });
  }
  const { form, tooLarge } = await readForm(request);
  const text = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : "";
  };
  const params = { usagerId: text("usagerId"), type: text("type"), confidential: text("confidential"), ...Object.fromEntries(TARGETS.map((t) => [t, text(t)])) };
  const path = returnPath(form, request, params.usagerId);
  // What the person chose stays chosen for the next try; only the files have to be picked again.
  const outcome: UploadOutcome = {
    saved: 0, refused: [], type: ZDocumentUpload.shape.type.safeParse(params.type).data ?? "",
    confidential: params.confidential === "true" || params.confidential === "on",
  };
  const back = () => new Response(null, { status: 303, headers: { Location: withUploadOutcome(path, outcome), "Cache-Control": "no-store" } });

  if (!form) {
    outcome.refused.push(tooLarge ? "trop" : "echec");
    return back();
  }
  const parsed = ZDocumentUpload.safeParse(params);
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
  if (!parsed.success || files.length === 0) {
    const fields = parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
    if (fields.includes("type")) outcome.refused.push("type");
    if (files.length === 0) outcome.refused.push("aucun");
    if (fields.some((f) => f !== "type")) outcome.refused.push("lien");
    return back();
  }
  for (const file of files) {
    const refusal = await saveOne(actor, parsed.data, file);
    if (refusal) outcome.refused.push(refusal);
    else outcome.saved += 1;
  }
  return back();
}

async function saveOne(actor: Actor, input: DocumentUpload, file: File): Promise<UploadRefusal | null> {
  if (file.size > MAX_DOCUMENT_BYTES) return "taille";
  try {
    await uploadDocument(actor, input, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return null;
  } catch (error) {
    if (error instanceof FileRefusedError) return error.reason;
    if (error instanceof DomainError) return TARGETS.some((t) => t in error.fieldErrors) ? "lien" : "refuse";
    if (error instanceof NotFoundError) return "introuvable";
    log.error({ err: error instanceof Error ? error.message : String(error) }, "document_upload_failed");
    return "echec";
  }
}
