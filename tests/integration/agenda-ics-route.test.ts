// The ICS downloads through their route handlers: the worker gets a calendar file (no-store,
// audited), anyone else a 404, and a request started by another site is refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { GET as oneIcs } from "@/app/api/agenda/rendez-vous/[id]/ics/route";
import { GET as myIcs } from "@/app/api/agenda/ics/route";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { agendaWorld, ahead } from "./agenda-fixtures";

beforeEach(resetDb);

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...headers } });

describe("ICS route handlers", () => {
  it("serves the rendez-vous to TS and RESPONSABLE, 404 to others, 403 cross-site", async () => {
    const w = await agendaWorld();
    const rdv = await db.rendezVous.create({
      data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", debut: new Date(`${ahead(3)}T08:00:00Z`), fin: new Date(`${ahead(3)}T08:30:00Z`) },
    });
    const params = { params: Promise.resolve({ id: rdv.id }) };
    for (const role of ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const) {
      actAs(w.actors[role]);
      const res = await oneIcs(request(`/api/agenda/rendez-vous/${rdv.id}/ics`), params);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = await res.text();
      expect(body).toContain(`UID:${rdv.id}@passerelle`);
      expect(body).not.toContain("Lefèvre");
    }
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
      actAs(w.actors[role]);
      expect((await oneIcs(request(`/api/agenda/rendez-vous/${rdv.id}/ics`), params)).status).toBe(404);
    }
    actAs(null);
    expect((await oneIcs(request(`/api/agenda/rendez-vous/${rdv.id}/ics`), params)).status).toBe(404);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await oneIcs(request(`/api/agenda/rendez-vous/${rdv.id}/ics`, { "sec-fetch-site": "cross-site" }), params)).status).toBe(403);
    const mine = await myIcs(request("/api/agenda/ics"));
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain(`UID:${rdv.id}@passerelle`);
    expect(await db.auditLog.count({ where: { action: "rendezvous.ics" } })).toBe(3);
  });
});
