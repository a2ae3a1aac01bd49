// The common frame of every route handler that hands out a generated file (letters, notices,
// exports, reports): a signed-in actor who may act, the CSRF check and the download limit
// (guardDownload), then the file, never cached. Whoever may not have it, signed out included,
// gets the same 404 as a missing id: nothing reveals that the record exists.
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-user";
import { guardDownload } from "./route-guard";

export type DownloadFile = { body: Uint8Array | Buffer; filename: string; contentType: string };

export const notFoundResponse = () =>
  new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function attachmentResponse(file: DownloadFile): Response {
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}

/** `produce` returns the file, or null for the 404 (not allowed, unknown id, bad parameter). */
export function downloadRoute<P extends Record<string, string> = Record<string, never>>(
  produce: (input: { request: Request; actor: Actor; params: P; search: URLSearchParams }) => Promise<DownloadFile | null>,
) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const actor = await currentActor();
    if (!actor || actor.mustChangePassword) return notFoundResponse();
    const refused = await guardDownload(request, actor);
    if (refused) return refused;
    const params = ((await context?.params) ?? {}) as P;
    const file = await produce({ request, actor, params, search: new URL(request.url).searchParams });
    return file ? attachmentResponse(file) : notFoundResponse();
  };
}

export const PDF = "application/pdf";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
