// The demo seed of the directory and orientations: realistic volumes, every status, and a history
// that the state machine would have produced (no date in the future, steps in order).
import { beforeAll, describe, expect, it } from "vitest";
import { seedFoundation } from "@/prisma/seed/foundation";
import { seedUsagers } from "@/prisma/seed/usagers";
import { seedAnnuaireEtOrientations } from "@/prisma/seed/annuaire";
import { ORIENTATION_TRANSITIONS } from "@/lib/domain/orientations/status-machine";
import { listOrientationsToRelaunch } from "@/lib/domain/orientations/relance";
import { searchPartenaires } from "@/lib/domain/annuaire/queries";
import { actorOf } from "../helpers/factories";
import { db, resetDb } from "../helpers/db";

let foundation: Awaited<ReturnType<typeof seedFoundation>>;
beforeAll(async () => {
  await resetDb();
  foundation = await seedFoundation(db);
  await seedUsagers(db, foundation);
  await seedAnnuaireEtOrientations(db, foundation);
}, 120_000);

describe("demo seed: annuaire and orientations", () => {
  it("fills both directories, searchable", async () => {
    expect(await db.partenaire.count({ where: { structureId: foundation.demo.id } })).toBeGreaterThanOrEqual(25);
    expect(await db.partenaire.count({ where: { structureId: foundation.voisin.id } })).toBeGreaterThanOrEqual(3);
    const agent = actorOf(foundation.demo.users.find((u) => u.role === "AGENT")!);
    const found = await searchPartenaires(agent, { q: "LA MADELEINE", categorie: "", inactifs: "" });
    expect(found.length).toBeGreaterThan(0);
    const pmi = await searchPartenaires(agent, { q: "madeleine", categorie: "PMI", inactifs: "" });
    expect(pmi[0]?.permanences[0]).toMatchObject({ jour: "JEUDI", debut: "14:00" });
  });

  it("has ~40 orientations in every status with a consistent history", async () => {
    const rows = await db.orientation.findMany({ include: { events: { orderBy: { at: "asc" } } } });
    expect(rows.length).toBe(40);
    expect(new Set(rows.map((o) => o.status)).size).toBe(6);
    const now = Date.now();
    for (const o of rows) {
      expect(o.consentementLe <= o.date, o.id).toBe(true);
      expect(o.events[0]?.status).toBe("ENVOYEE");
      for (let i = 1; i < o.events.length; i++) {
        expect(ORIENTATION_TRANSITIONS[o.events[i - 1]!.status], `${o.id} ${i}`).toContain(o.events[i]!.status);
      }
      expect(o.events.at(-1)!.status).toBe(o.status);
      expect(o.events.every((e) => e.at.getTime() <= now)).toBe(true);
      const ordered = [o.date, o.accuseLe, o.reponseLe, o.realiseeLe].filter((d): d is Date => d !== null);
      expect(ordered.map((d) => d.getTime())).toEqual([...ordered].map((d) => d.getTime()).sort((a, b) => a - b));
      if (o.status === "REFUSEE") expect(o.motifRefus).toBeTruthy();
    }
    const ts = actorOf(foundation.demo.users.find((u) => u.email === "ts@demo.passerelle.fr")!);
    expect((await listOrientationsToRelaunch(ts)).length).toBeGreaterThan(0);
  });
});
