// Bulk extraction through pages (issue 23, finding 5): past 120 dossier openings in 10 minutes,
// a user gets a French 429 (page and RSC request alike), and the responsable finds one alert in
// the journal. Counted in PostgreSQL: two callers (two instances) share the counter.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { proxy } from "@/proxy";
import { consumeDossierOpening } from "@/lib/domain/rate-limit/dossier-openings";
import { listJournal, ZJournalParams } from "@/lib/domain/journal/queries";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

async function cookieFor(userId: string) {
  const sid = randomUUID();
  await db.userSession.create({ data: { id: sid, userId } });
  const token = await encode({ token: { sid }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

describe("dossier openings per user", () => {
  it("refuses the 121st opening with a French 429, RSC requests included, and writes one alert for the responsable", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    const cookie = await cookieFor(w.users.ts.id);
    const open = (path: string, rsc = false) =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie, ...(rsc ? { rsc: "1" } : {}) } }));
    for (let i = 0; i < 120; i++) {
      const res = await open(i % 2 ? `/usagers/${usager.id}` : `/usagers/${usager.id}/aides`, i % 3 === 0);
      expect(res.status, `ouverture ${i + 1}`).toBe(200);
    }
    const refused = await open(`/usagers/${usager.id}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.text()).toContain("Trop de demandes en peu de temps");
    expect((await open(`/usagers/${usager.id}`, true)).status).toBe(429);
    // Other pages, and other users, are not affected.
    expect((await open("/usagers")).status).toBe(200);
    const other = await cookieFor(w.users.responsable.id);
    expect((await proxy(new NextRequest(`http://localhost:3000/usagers/${usager.id}`, { headers: { cookie: other } }))).status).toBe(200);

    const alerts = await db.auditLog.findMany({ where: { action: "securite.consultations_massives" } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ actorId: w.users.ts.id, structureId: w.a.id, entityId: w.users.ts.id });
    const journal = await listJournal(w.actors.RESPONSABLE, ZJournalParams.parse({ action: "securite.consultations_massives" }));
    expect(journal.total).toBe(1);
  });

  it("counts openings from two instances together, and honours a configured limit", async () => {
    const w = await makeWorld();
    const actor = w.actors.TRAVAILLEUR_SOCIAL;
    const now = new Date();
    const verdicts = await Promise.all(Array.from({ length: 14 }, () => consumeDossierOpening(actor, 12, "/usagers/x", now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(12);
    expect(await db.auditLog.count({ where: { action: "securite.consultations_massives" } })).toBe(1);
    // The window ends: allowed again.
    expect((await consumeDossierOpening(actor, 12, "/usagers/x", new Date(now.getTime() + 10 * 60_000 + 1))).allowed).toBe(true);
  });
});
