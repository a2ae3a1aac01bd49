// The French answers of the hardening checks: plain pages, no script, never cached.
const page = (title: string, text: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title} – Passerelle</title></head>` +
  `<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Retour à l'accueil</a></p></main></body></html>`;

export function minutesLabel(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export const TOO_MANY_REQUESTS_TITLE = "Trop de demandes";

export function tooManyRequestsMessage(retryAfterS: number): string {
  return `Trop de demandes en peu de temps : par sécurité, réessayez dans ${minutesLabel(retryAfterS)}.`;
}

/** 429 with Retry-After (seconds), as an HTML page a person can read. */
export function tooManyRequests(retryAfterS: number): Response {
  return new Response(page(TOO_MANY_REQUESTS_TITLE, tooManyRequestsMessage(retryAfterS)), {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterS), "Cache-Control": "no-store" },
  });
}

export const CROSS_SITE_MESSAGE = "Demande refusée : elle ne provient pas de Passerelle. Ouvrez la page depuis l'application et réessayez.";

export function crossSiteRefused(): Response {
  return new Response(page("Demande refusée", CROSS_SITE_MESSAGE), {
    status: 403,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** 400 for a request that cannot be read (a malformed address, a body that is not what it says). */
export function badRequest(message: string): Response {
  return new Response(page("Demande mal formée", message), {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function secondFactorFirst(): Response {
  return new Response(page("Double authentification requise", "Activez d'abord la double authentification de votre compte : /compte/double-authentification."), {
    status: 403,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
