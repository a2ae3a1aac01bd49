// Every agenda action through its server action, per role. TS and RESPONSABLE: the structure's
// whole agenda; AGENT: books into their own site's permanences only, reads nothing else; ADMIN
// and another structure: 404. Refusals change nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  addPermanenceExceptionAction, bookPermanenceSlotAction, createPermanenceAction, createRendezVousAction, moveRendezVousAction,
  setRendezVousStatusAction,
} from "@/lib/actions/agenda";
import { getAgenda, getRendezVous, listUsagerRendezVous } from "@/lib/domain/agenda/queries";
import { listBookableSlots } from "@/lib/domain/agenda/booking";
import { myAgendaIcs, rendezVousIcs } from "@/lib/domain/agenda/ics-export";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { agendaWorld, ahead } from "./agenda-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
const ROLES = ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE", "AGENT", "ADMIN", "OTHER_TS"] as const;
type Role = (typeof ROLES)[number];
const SOCIAL: Role[] = ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"];

async function setting() {
  const w = await agendaWorld();
  const rdv = await db.rendezVous.create({
    data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", siteId: w.mds.id, debut: new Date(`${ahead(3)}T08:00:00Z`), fin: new Date(`${ahead(3)}T08:30:00Z`) },
  });
  return { w, rdv };
}
const snapshot = async () => JSON.stringify([
  await db.rendezVous.findMany({ orderBy: { id: "asc" } }), await db.permanence.findMany({ orderBy: { id: "asc" } }),
  await db.permanenceException.findMany({ orderBy: { id: "asc" } }),
]);

describe("agenda server actions per role", () => {
  for (const role of ROLES) {
    it(`${role}: create, move, outcome`, async () => {
      const { w, rdv } = await setting();
      actAs(w.actors[role]);
      const before = await snapshot();
      const created = await createRendezVousAction({
        usagerId: w.usager.id, travailleurId: w.users.ts2.id, kind: "TELEPHONE", siteId: "", date: ahead(4), debut: "10:00", fin: "10:30", lieuPrecision: "", objet: "", rappelConsenti: false,
      });
      const moved = await moveRendezVousAction({ rendezVousId: rdv.id, version: 1, date: ahead(5), debut: "11:00", fin: "11:30" });
      const status = await setRendezVousStatusAction({ rendezVousId: rdv.id, version: 2, status: "EXCUSE" });
      if (SOCIAL.includes(role)) {
        expect([created.ok, moved.ok, status.ok]).toEqual([true, true, true]);
        expect((await db.rendezVous.findUniqueOrThrow({ where: { id: rdv.id } })).status).toBe("EXCUSE");
      } else {
        for (const r of [created, moved, status]) expect(r).toMatchObject({ ok: false, formError: NOT_FOUND });
        expect(await snapshot()).toBe(before);
      }
    });

    it(`${role}: permanences`, async () => {
      const { w } = await setting();
      actAs(w.actors[role]);
      const before = await snapshot();
      const own = role === "TS2" ? w.users.ts2.id : role === "RESPONSABLE" ? w.users.responsable.id : w.users.ts.id;
      const created = await createPermanenceAction({ travailleurId: own, siteId: w.mairie.id, jour: "3", debut: "09:00", fin: "12:00", dureeCreneauMinutes: "30", depuis: ahead(0), jusquau: "" });
      const exception = await addPermanenceExceptionAction({ permanenceId: w.permanence.id, date: ahead(30), motif: "Congés" });
      if (role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE") {
        expect([created.ok, exception.ok]).toEqual([true, true]);
      } else if (role === "TS2") {
        expect(created.ok).toBe(true);
        expect(exception).toMatchObject({ ok: false, formError: expect.stringMatching(/responsable/) });
      } else {
        expect(created.ok).toBe(false);
        expect(exception).toMatchObject({ ok: false, formError: NOT_FOUND });
        expect(await snapshot()).toBe(before);
      }
    });

    it(`${role}: booking a permanence slot from a fiche`, async () => {
      const { w } = await setting();
      actAs(w.actors[role]);
      const slots = await listBookableSlots(w.actors[role]);
      const before = await snapshot();
      const mairieSlot = (await listBookableSlots(w.actors.AGENT))[0]!.slots.find((s) => s.libre)!;
      const own = await bookPermanenceSlotAction({ ficheId: w.fiche.id, permanenceId: w.permanence.id, debut: mairieSlot.debut.toISOString(), rappelConsenti: true });
      if (role === "AGENT") {
        expect(slots.map((p) => p.permanenceId)).toEqual([w.permanence.id]);
        expect(own.ok).toBe(true);
        const mdsSlot = (await listBookableSlots(w.actors.RESPONSABLE)).find((p) => p.permanenceId === w.mdsPermanence.id)!.slots[0]!;
        const other = await bookPermanenceSlotAction({ ficheId: w.fiche.id, permanenceId: w.mdsPermanence.id, debut: mdsSlot.debut.toISOString(), rappelConsenti: false });
        expect(other).toMatchObject({ ok: false, fieldErrors: { permanenceId: "Vous ne pouvez réserver que les permanences de votre site." } });
      } else if (SOCIAL.includes(role)) {
        expect(slots).toHaveLength(2);
        expect(own.ok).toBe(true);
      } else {
        expect(slots).toEqual([]);
        expect(own).toMatchObject({ ok: false, formError: NOT_FOUND });
        expect(await snapshot()).toBe(before);
      }
    });

    it(`${role}: reads (agenda, rendez-vous, dossier, ICS, timeline)`, async () => {
      const { w, rdv } = await setting();
      const actor = w.actors[role];
      const agenda = await getAgenda(actor, { date: ahead(3), vue: "jour" });
      const one = await getRendezVous(actor, rdv.id);
      const ics = await rendezVousIcs(actor, rdv.id);
      const mine = await myAgendaIcs(actor);
      const dossier = await listUsagerRendezVous(actor, w.usager.id);
      const timeline = await getUsagerTimeline(actor, w.usager.id, "rendezvous");
      if (SOCIAL.includes(role)) {
        expect(agenda!.rendezVous.map((r) => r.id)).toEqual([rdv.id]);
        expect(one!.usager!.nom).toBe("Lefèvre");
        expect(ics!.body).toContain("BEGIN:VEVENT");
        expect(ics!.body).not.toContain("Lefèvre");
        expect(mine!.body.includes("BEGIN:VEVENT")).toBe(role === "TRAVAILLEUR_SOCIAL");
        expect(dossier.aVenir.map((r) => r.id)).toEqual([rdv.id]);
        expect(timeline.map((e) => e.href)).toEqual([`/agenda/rendez-vous/${rdv.id}`]);
      } else if (role === "OTHER_TS") {
        // Their own structure's agenda: nothing of structure A in it.
        expect(agenda!.rendezVous).toEqual([]);
        expect([one, ics]).toEqual([null, null]);
        expect(mine!.body).not.toContain("BEGIN:VEVENT");
        expect(dossier.aVenir).toEqual([]);
        expect(timeline).toEqual([]);
      } else {
        expect([agenda, one, ics, mine]).toEqual([null, null, null, null]);
        expect(dossier.aVenir).toEqual([]);
        expect(timeline).toEqual([]);
      }
    });
  }
});
