// Shared by the agenda's ICS downloads: same-site check, no cache, 404 for anyone not allowed.
import { env } from "@/lib/env";
import { checkSameOrigin } from "@/lib/security/origin";

export const notFound = () => new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function refusedOrigin(request: Request): Response | null {
  const e = env();
  const verdict = checkSameOrigin(request.method, request.headers, [e.NEXTAUTH_URL, e.APP_URL].filter((u): u is string => !!u));
  return verdict.ok ? null : new Response("Requête refusée", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function icsResponse(file: { filename: string; body: string }) {
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
