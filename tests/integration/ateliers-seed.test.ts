// The demo workshops: past ones held with attendance, upcoming ones open, the demo usagers among
// the participants, their timeline showing it; the data respect the rules the commands enforce.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFoundation } from "@/prisma/seed/foundation";
import { seedUsagers } from "@/prisma/seed/usagers";
import { seedAnnuaireEtOrientations } from "@/prisma/seed/annuaire";
import { seedAteliers } from "@/prisma/seed/ateliers";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { actorOf } from "../helpers/factories";
import { db, resetDb } from "../helpers/db";

let foundation: Awaited<ReturnType<typeof seedFoundation>>;
beforeAll(async () => {
  await resetDb();
  foundation = await seedFoundation(db);
  await seedUsagers(db, foundation);
  await seedAnnuaireEtOrientations(db, foundation);
  await seedAteliers(db, foundation);
}, 120_000);

describe("demo seed: ateliers", () => {
  it("has held past workshops with attendance and open upcoming ones within capacity", async () => {
    const now = new Date();
    const ateliers = await db.atelier.findMany({ where: { structureId: foundation.demo.id }, include: { inscriptions: true } });
    expect(ateliers.length).toBeGreaterThanOrEqual(5);
    for (const a of ateliers) {
      if (a.debut > now) expect(a.status, a.titre).toBe("PLANIFIE");
      if (a.status === "REALISE") expect(a.inscriptions.some((i) => i.presence === "PRESENT"), a.titre).toBe(true);
      expect(a.inscriptions.filter((i) => i.status === "INSCRIT").length, a.titre).toBeLessThanOrEqual(a.capacite);
    }
    expect(ateliers.some((a) => a.inscriptions.some((i) => i.status === "ATTENTE"))).toBe(true);
  });

  it("shows Amélie Dupont's workshops in her timeline", async () => {
    const ts = actorOf(foundation.demo.users.find((u) => u.email === "ts@demo.passerelle.fr")!);
    const amelie = await db.usager.findFirstOrThrow({ where: { structureId: foundation.demo.id, nom: "Dupont", prenom: "Amélie" } });
    const events = await getUsagerTimeline(ts, amelie.id, "atelier");
    expect(events.map((e) => e.title)).toContain("Présence à l'atelier : présent·e");
    expect(events.map((e) => e.title)).toContain("Inscription à un atelier");
  });
});
