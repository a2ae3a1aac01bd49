import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { updateRavSettingsAction } from "@/lib/actions/settings";
import { DEFAULT_RAV_SETTINGS, getRavSettings } from "@/lib/domain/settings/structure-settings";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const input = { chargesRetenues: ["LOYER", "ENERGIE"], ucPremierAdulte: "1", ucAutrePersonne14: "0.5", ucEnfantMoins14: "0.3", partAdulte: "1", partEnfant: "0.5", partEnfantDesTroisieme: "1", orientationRelanceJours: "15" };

describe("reste à vivre settings", () => {
  it("a RESPONSABLE changes them for their structure only, audited", async () => {
    const w = await makeWorld();
    actAs(w.actors.RESPONSABLE);
    expect((await updateRavSettingsAction(input)).ok).toBe(true);
    expect((await getRavSettings(w.actors.TRAVAILLEUR_SOCIAL)).chargesRetenues).toEqual(["LOYER", "ENERGIE"]);
    expect(await getRavSettings(w.actors.OTHER_TS)).toEqual(DEFAULT_RAV_SETTINGS);
    expect(await db.auditLog.count({ where: { action: "settings.rav_update" } })).toBe(1);
  });

  for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "ADMIN"] as const) {
    it(`${role} cannot change them`, async () => {
      const w = await makeWorld();
      actAs(w.actors[role]);
      expect(await updateRavSettingsAction(input)).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      expect(await db.structureSettings.count()).toBe(0);
    });
  }

  it("refuses unknown charge types and absurd weights with field errors", async () => {
    const w = await makeWorld();
    actAs(w.actors.RESPONSABLE);
    const r = await updateRavSettingsAction({ ...input, chargesRetenues: ["LOYER", "CASINO"], partAdulte: "-1", ucPremierAdulte: "abc" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["chargesRetenues.1", "partAdulte", "ucPremierAdulte"]);
    expect(await db.structureSettings.count()).toBe(0);
  });
});
