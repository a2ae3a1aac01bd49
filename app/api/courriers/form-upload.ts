// The frame of the courriers route handlers that receive a file from a real <form method="post"
// enctype="multipart/form-data">: the CSRF check, a signed-in actor, the body read with a hard
// size limit (a lying Content-Length changes nothing), then one answer for each way the form
// was sent. With JavaScript the page asks for JSON (`Accept: application/json`) and shows the
// errors on the fields; without it the browser follows a 303 redirect to the next page, or back
// to the form with the French messages signed in the address (signed-notice.ts).
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-user";
import { zodFieldErrors } from "@/lib/actions/run-action";
import { readBodyWithLimit } from "@/lib/domain/documents/read-body";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { NOT_FOUND_MESSAGE, SAVE_FAILED_MESSAGE } from "@/lib/domain/shared/messages";
import { log } from "@/lib/log";
import type { z } from "zod";
import { notFoundResponse } from "@/lib/security/download-route";
import { refuseCrossSite } from "@/lib/security/route-guard";
import { signNotice, type Notice } from "@/lib/security/signed-notice";

/** Multipart boundaries and the other fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";

export type Upload<S extends z.ZodType> = { actor: Actor; data: z.output<S>; file: { name: string; bytes: Uint8Array } };

type Handler<S extends z.ZodType, T> = {
  /** Who may send it; anyone else gets the same 404 as a missing page. */
  allowed: (actor: Actor) => boolean;
  schema: S;
  maxFileBytes: number;
  tooLarge: string;
  /** Where the browser goes back to, with the errors (a form sent without JavaScript). */
  formPage: (fields: Record<string, string>) => string;
  /** Where the browser goes once saved. */
  nextPage: (result: T) => string;
  run: (upload: Upload<S>) => Promise<T>;
};

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

function fieldsOf(form: FormData | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form?.entries() ?? []) if (typeof v === "string" && !k.startsWith("$")) out[k] = v.slice(0, 500);
  return out;
}

export function formUploadRoute<S extends z.ZodType, T>(h: Handler<S, T>) {
  return async (request: Request): Promise<Response> => {
    const refused = refuseCrossSite(request);
    if (refused) return refused;
    const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
    let form: FormData | null = null;
    const answer = (status: number, notice: Notice): Response => {
      if (wantsJson) return json(status, { ok: false, ...notice });
      const target = new URL(h.formPage(fieldsOf(form)), request.url);
      target.searchParams.set("erreur", signNotice({ ...notice, values: fieldsOf(form) }));
      return new Response(null, { status: 303, headers: { Location: target.pathname + target.search, "Cache-Control": "no-store" } });
    };
    const actor = await currentActor();
    if (!actor || actor.mustChangePassword) {
      if (wantsJson) return json(401, { ok: false, formError: "Votre session a expiré : reconnectez-vous, puis recommencez.", fieldErrors: {} });
      return new Response(null, { status: 303, headers: { Location: "/connexion", "Cache-Control": "no-store" } });
    }
    if (!h.allowed(actor)) return wantsJson ? json(404, { ok: false, formError: NOT_FOUND_MESSAGE, fieldErrors: {} }) : notFoundResponse();
    const limit = h.maxFileBytes + ENVELOPE_BYTES;
    if (Number(request.headers.get("content-length") ?? "0") > limit) return answer(413, { formError: h.tooLarge, fieldErrors: { file: h.tooLarge } });
    const body = await readBodyWithLimit(request.body, limit);
    if (!body.ok) return answer(413, { formError: h.tooLarge, fieldErrors: { file: h.tooLarge } });
    try {
      form = await new Response(new Uint8Array(body.bytes), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    } catch {
      return answer(400, { formError: "Le formulaire envoyé est illisible : rechargez la page et recommencez.", fieldErrors: {} });
    }
    const parsed = h.schema.safeParse(fieldsOf(form));
    const file = form.get("file");
    const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (!(file instanceof File) || file.size === 0) fieldErrors.file = "Choisissez un fichier.";
    if (!parsed.success || !(file instanceof File) || file.size === 0) return answer(400, { formError: INVALID_FORM, fieldErrors });
    if (file.size > h.maxFileBytes) return answer(413, { formError: h.tooLarge, fieldErrors: { file: h.tooLarge } });
    try {
      const result = await h.run({ actor, data: parsed.data, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
      const next = h.nextPage(result);
      if (wantsJson) return json(201, { ok: true, next });
      return new Response(null, { status: 303, headers: { Location: next, "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof DomainError) return answer(400, { formError: error.message, fieldErrors: error.fieldErrors });
      if (error instanceof NotFoundError) return answer(404, { formError: NOT_FOUND_MESSAGE, fieldErrors: {} });
      log.error({ err: error instanceof Error ? error.message : String(error) }, "form_upload_failed");
      return answer(500, { formError: SAVE_FAILED_MESSAGE, fieldErrors: {} });
    }
  };
}
