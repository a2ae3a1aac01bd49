// What `npm run test:load` checks once the load is over: how each failed request failed and
// when (before, during or after the database outage), how long the app took to recover by
// itself, and whether every write the app acknowledged is in the database.

/** How a failed request failed, in the words of the report. */
export function failureKind(entry) {
  if (entry.status === 503) return "503";
  if (entry.status === 500 && entry.errorPage) return "500 + page d'erreur (error.tsx)";
  if (entry.status === 401 && entry.route.includes("sign-in")) return "401 connexion refusée (message « identifiants incorrects »)";
  if ([303, 307].includes(entry.status)) return `${entry.status} redirection (session perdue ?)`;
  if (entry.status === "réseau") return `pas de réponse HTTP (${entry.body})`;
  if (entry.formError) return `${entry.status} action refusée : ${entry.formError}`;
  return String(entry.status);
}

/**
 * Kinds of failure that are acceptable while PostgreSQL is stopped: an answer in French, not a
 * crash nor a hang (503, the error page, the sign-in form's message, an action's "nothing was
 * saved, try again").
 */
export const ACCEPTABLE_DURING_OUTAGE = (kind) =>
  kind === "503" || kind.startsWith("500 + page d'erreur") || kind.startsWith("401 connexion refusée") || kind.startsWith("200 action refusée");

/**
 * Splits the log around the outage. A request overlapping [stop, restart + grace] belongs to
 * the outage; after that, the app must be back to zero errors.
 */
export function analyse(log, outage, graceMs) {
  const phase = (e) => {
    if (!outage) return "hors panne";
    if (e.end < outage.stopAt) return "avant la panne";
    if (e.start < outage.restartAt + graceMs) return "pendant la panne";
    return "après la panne";
  };
  const byPhase = {};
  for (const e of log) {
    const p = phase(e);
    byPhase[p] ??= { requests: 0, ok: 0, failures: {} };
    byPhase[p].requests++;
    if (e.ok) byPhase[p].ok++;
    else {
      const key = `${e.route} → ${failureKind(e)}`;
      byPhase[p].failures[key] = (byPhase[p].failures[key] ?? 0) + 1;
    }
  }
  const firstOk = outage ? log.filter((e) => e.ok && e.start >= outage.restartAt).sort((a, b) => a.end - b.end)[0] : null;
  const unacceptable = outage
    ? log.filter((e) => !e.ok && phase(e) === "pendant la panne" && !ACCEPTABLE_DURING_OUTAGE(failureKind(e)))
    : [];
  const unexpected = log.filter((e) => !e.ok && phase(e) !== "pendant la panne");
  return { byPhase, recoveryMs: firstOk ? firstOk.end - outage.restartAt : null, unacceptable, unexpected };
}

/** Rows of the tables the load writes to (before and after, to show no write went missing). */
export async function tableCounts(client, since) {
  const one = async (sql, params = []) => Number((await client.query(sql, params)).rows[0].n);
  return {
    Entretien: await one(`SELECT count(*) AS n FROM "Entretien"`),
    Usager: await one(`SELECT count(*) AS n FROM "Usager"`),
    FicheLiaison: await one(`SELECT count(*) AS n FROM "FicheLiaison"`),
    "AuditLog (usager.read)": await one(`SELECT count(*) AS n FROM "AuditLog" WHERE action = 'usager.read' AND at >= $1`, [since]),
  };
}

/** Acknowledged ids that the database does not hold (must be none). */
export async function missingAcks(client, table, ids) {
  if (ids.length === 0) return 0;
  const { rows: [r] } = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE id = ANY($1::uuid[])`, [ids]);
  return ids.length - r.n;
}
