// Private iCalendar subscriptions of one's own agenda (issue 25, decision 0087). The token is the
// credential: 32 random bytes, shown once; only its sha256 is stored, found by that hash (a unique
// index: the lookup time does not depend on how much of a guess is right). A missing, revoked or
// guessed token and a disabled account all give the same null, after the same work. Events carry
// times, places and the dossier number only. Fetches are counted on the row, not audited one by
// one (a calendar polls every few minutes); creation and revocation are audited.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canSubscribeAgenda } from "@/lib/auth/permissions";
import { agendaFeedScope } from "@/lib/auth/scopes/absence";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { claimRateLimit } from "@/lib/domain/rate-limit/counter";
import { AGENDA_FEED_PER_IP, AGENDA_FEED_PER_TOKEN } from "@/lib/domain/rate-limit/policies";
import { appUrl } from "@/lib/notifications/email";
import { buildIcs, type IcsEvent } from "./ics";
import type { AgendaFeedInput, AgendaFeedRevoke } from "./feed-schemas";

export const MAX_FEEDS_PER_USER = 5;
const WEEKS_BACK = 4;
const WEEKS_AHEAD = 26;

export const hashFeedToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
export const feedPath = (token: string) => `/api/agenda/flux/${token}.ics`;

export async function createAgendaFeed(actor: Actor, input: AgendaFeedInput) {
  if (!canSubscribeAgenda(actor)) throw new NotFoundError();
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const open = await tx.agendaFeed.count({ where: { AND: [agendaFeedScope(actor), { revokedAt: null }] } });
    if (open >= MAX_FEEDS_PER_USER) throw new DomainError(`Vous avez déjà ${MAX_FEEDS_PER_USER} abonnements actifs : révoquez-en un d'abord.`);
    const feed = await tx.agendaFeed.create({ data: { ...ownedBy(actor), userId: actor.id, tokenHash: hashFeedToken(token), label: input.label }, select: { id: true } });
    await writeAudit(tx, actor, { action: "agenda.flux.create", entityType: "AgendaFeed", entityId: feed.id });
    // The only time the token leaves the server.
    return { id: feed.id, url: `${appUrl()}${feedPath(token)}` };
  });
}

export async function revokeAgendaFeed(actor: Actor, input: AgendaFeedRevoke, { now = new Date() }: { now?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const feed = await tx.agendaFeed.findFirst({ where: { AND: [agendaFeedScope(actor), { id: input.feedId }] }, select: { id: true, revokedAt: true } });
    if (!feed) throw new NotFoundError();
    if (feed.revokedAt) throw new DomainError("Cet abonnement est déjà révoqué.");
    await tx.agendaFeed.update({ where: { id: feed.id }, data: { revokedAt: now } });
    await writeAudit(tx, actor, { action: "agenda.flux.revoke", entityType: "AgendaFeed", entityId: feed.id });
    return { id: feed.id };
  });
}

export async function listMyAgendaFeeds(actor: Actor) {
  if (!canSubscribeAgenda(actor)) return [];
  return db.agendaFeed.findMany({
    where: { AND: [agendaFeedScope(actor), { revokedAt: null }] },
    select: { id: true, label: true, createdAt: true, lastFetchedAt: true, fetchCount: true }, orderBy: { createdAt: "desc" },
  });
}

export type FeedAnswer = { ok: true; body: string } | { ok: false; status: 404 } | { ok: false; status: 429; retryAfterS: number };

/** GET /api/agenda/flux/<token>.ics: no session, the token is the credential. */
export async function agendaFeedByToken(token: string, ip: string | null, now = new Date()): Promise<FeedAnswer> {
  // Whatever the token looks like, it is hashed and looked up: a malformed guess costs what a
  // well-formed one does.
  const hash = hashFeedToken(token.slice(0, 200));
  if (ip) {
    const byIp = await claimRateLimit(AGENDA_FEED_PER_IP, ip, now);
    if (!byIp.allowed) return { ok: false, status: 429, retryAfterS: byIp.retryAfterS };
  }
  const byToken = await claimRateLimit(AGENDA_FEED_PER_TOKEN, hash, now);
  if (!byToken.allowed) return { ok: false, status: 429, retryAfterS: byToken.retryAfterS };
  const feed = await db.agendaFeed.findUnique({
    where: { tokenHash: hash },
    select: { id: true, tokenHash: true, revokedAt: true, user: { select: { id: true, role: true, structureId: true, siteId: true, firstName: true, lastName: true, email: true, status: true } } },
  });
  const same = feed ? timingSafeEqual(Buffer.from(feed.tokenHash, "hex"), Buffer.from(hash, "hex")) : false;
  const u = feed?.user;
  const actor: Actor | null = u && u.status === "ACTIVE"
    ? { id: u.id, role: u.role, structureId: u.structureId, siteId: u.siteId, firstName: u.firstName, lastName: u.lastName, email: u.email, mustChangePassword: false, ip }
    : null;
  const valid = !!feed && same && !feed.revokedAt && !!actor && canSubscribeAgenda(actor);
  // The same query runs for a refused token, on an actor that reads nothing.
  const readAs: Actor = valid ? actor! : { id: "00000000-0000-0000-0000-000000000000", role: "AGENT", structureId: "00000000-0000-0000-0000-000000000000", siteId: null, firstName: "", lastName: "", email: "", mustChangePassword: false, ip: null };
  const rows = await db.rendezVous.findMany({
    where: { AND: [rendezVousScope(readAs), { travailleurId: readAs.id, debut: { gte: new Date(now.getTime() - WEEKS_BACK * 7 * 86_400_000), lt: new Date(now.getTime() + WEEKS_AHEAD * 7 * 86_400_000) } }] },
    select: { id: true, debut: true, fin: true, status: true, version: true, lieuPrecision: true, site: { select: { name: true } }, usager: { select: { numeroDossier: true } } },
    orderBy: { debut: "asc" }, take: 2000,
  });
  if (!valid) return { ok: false, status: 404 };
  await db.agendaFeed.update({ where: { id: feed!.id }, data: { fetchCount: { increment: 1 }, lastFetchedAt: now } });
  return { ok: true, body: buildIcs(rows.map(feedEvent), now) };
}

/** Time, place and dossier number: no name, no kind or object of the appointment. */
function feedEvent(r: { id: string; debut: Date; fin: Date; status: string; version: number; lieuPrecision: string | null; site: { name: string } | null; usager: { numeroDossier: string } | null }): IcsEvent {
  return {
    uid: r.id, debut: r.debut, fin: r.fin, summary: r.usager ? `Rendez-vous · dossier ${r.usager.numeroDossier}` : "Rendez-vous",
    location: [r.site?.name, r.lieuPrecision].filter(Boolean).join(", ") || null, description: null,
    cancelled: r.status === "ANNULE" || r.status === "EXCUSE", sequence: r.version,
  };
}
