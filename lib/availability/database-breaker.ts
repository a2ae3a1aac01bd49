// When PostgreSQL stops answering, every page would wait for its connection timeout and then
// fail with the generic error page (a 500). The proxy asks this breaker first: while the last
// probe failed, it answers at once with the French 503 page, and the app recovers by itself as
// soon as a probe succeeds again. Probes run in the background, at most once a second per
// instance, so a request never waits for one. This is a health cache, not state that matters:
// each instance keeps its own and loses nothing on restart.
import { Client } from "pg";

type BreakerState = { down: boolean; probing: boolean; lastProbeAt: number };

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

const holder = globalThis as unknown as { passerelleDbBreaker?: BreakerState };
const state = (holder.passerelleDbBreaker ??= { down: false, probing: false, lastProbeAt: 0 });

async function probe(databaseUrl: string): Promise<void> {
  state.probing = true;
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  // An unreachable server makes the client emit "error": handled by the rejection below.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    state.down = false;
  } catch {
    state.down = true;
  } finally {
    state.probing = false;
    state.lastProbeAt = Date.now();
    client.end().catch(() => {});
  }
}

// Errors that say the server itself is gone (refused, reset, shut down, unreachable), not that a
// query was wrong: node-postgres / libpq codes, PostgreSQL's shutdown SQLSTATEs, Prisma's P1001.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1017"]);
const UNREACHABLE_TEXT = /ECONNREFUSED|Connection terminated|connection timeout|terminating connection due to administrator command|the database system is (shutting down|starting up)|Can't reach database server/i;

/** Whether an error means the database cannot be reached (its cause chain is read too). */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && UNREACHABLE_TEXT.test(message)) return true;
  }
  return false;
}

/**
 * A request that found the database gone trips the breaker at once, instead of letting the
 * next requests fail too until the background probe notices (up to a second of 500 pages in
 * the load test): the following requests get the 503 page, and the next probe, due a second
 * later, reopens as soon as PostgreSQL answers.
 */
export function noteDatabaseFailure(error: unknown, now = Date.now()): boolean {
  if (!isDatabaseUnreachable(error)) return false;
  state.down = true;
  state.lastProbeAt = now;
  return true;
}

/** true while the last probe could not reach the database; starts a new probe when due. */
export function databaseLooksDown(databaseUrl: string | undefined, now = Date.now()): boolean {
  if (!databaseUrl) return false;
  if (!state.probing && now - state.lastProbeAt >= PROBE_INTERVAL_MS) void probe(databaseUrl);
  return state.down;
}

/** The page shown while the database is unreachable (no script: allowed by the CSP as it is). */
export function unavailableResponse(pathname: string): Response {
  const headers = { "Retry-After": "5", "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ error: "Service momentanément indisponible : la base de données ne répond pas. Réessayez dans quelques instants." }, { status: 503, headers });
  }
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service momentanément indisponible – Passerelle</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>Service momentanément indisponible</h1>
<p>Passerelle ne peut pas joindre sa base de données pour le moment. Aucune donnée n'a été perdue : réessayez dans quelques instants.</p>
<p><a href="${encodeURI(pathname)}">Réessayer</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
