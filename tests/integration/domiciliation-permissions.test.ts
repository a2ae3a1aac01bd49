// Every domiciliation action through its server action, per role: TS and RESPONSABLE decide;
// the reception agent of a Maison des Solidarités uses the mail register only; an agent of a
// mairie de quartier, an ADMIN and another structure get "introuvable". Refusals change nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  decideDomiciliationAction, endDomiciliationAction, linkDomiciliationEntretienAction, renewDomiciliationAction, requestDomiciliationAction,
} from "@/lib/actions/domiciliation";
import { handOverCourrierAction, receiveCourrierAction, returnCourrierAction } from "@/lib/actions/courrier";
import { getCourrierRegister } from "@/lib/domain/domiciliation/courrier-queries";
import { getDomiciliationLetter } from "@/lib/domain/domiciliation/letters";
import { listDomiciliationsForUsager, listDomiciliationWorklists } from "@/lib/domain/domiciliation/queries";
import { exportDomiciliationReport } from "@/lib/domain/domiciliation/report";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { day, domiciliationChecksum, domiciliationWorld, grantedDomiciliation, makeDomiciliation } from "./domiciliation-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
type Role = "TRAVAILLEUR_SOCIAL" | "RESPONSABLE" | "ACCUEIL" | "AGENT" | "ADMIN" | "OTHER_TS";
const ROLES: Role[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ACCUEIL", "AGENT", "ADMIN", "OTHER_TS"];
const SOCIAL = new Set<Role>(["TRAVAILLEUR_SOCIAL", "RESPONSABLE"]);
const COURRIER = new Set<Role>(["TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ACCUEIL"]);

async function setting() {
  const w = await domiciliationWorld();
  const other = await db.usager.create({ data: { structureId: w.a.id, numeroDossier: "2026-000777", nom: "Dupont", prenom: "Amélie", dateNaissance: day("1990-01-01"), searchName: "dupont amelie" } });
  const granted = await grantedDomiciliation(w, "2026-03-10");
  const pending = await makeDomiciliation(w, { usagerId: other.id } as never);
  const e2 = await db.entretien.create({ data: { structureId: w.a.id, usagerId: other.id, authorId: w.users.ts.id, date: new Date("2026-03-05T09:00:00Z"), dureeMinutes: 30, canal: "BUREAU", objets: ["LOGEMENT"], resume: "Entretien." } });
  const mail = await db.courrierDomiciliation.create({ data: { structureId: w.a.id, domiciliationId: granted.id, recuLe: day("2026-11-02"), expediteurType: "ORGANISME_SOCIAL", enregistreParId: w.users.ts.id } });
  const mail2 = await db.courrierDomiciliation.create({ data: { structureId: w.a.id, domiciliationId: granted.id, recuLe: day("2026-11-03"), expediteurType: "BANQUE_ASSURANCE", enregistreParId: w.users.ts.id } });
  return { w, other, granted, pending, e2, mail, mail2 };
}

const outcome = (r: { ok: boolean; formError?: string }) => (r.ok ? "ok" : r.formError === NOT_FOUND ? "404" : `refused: ${r.formError}`);

describe("domiciliation, per role", () => {
  for (const role of ROLES) {
    it(`${role}: decisions ${SOCIAL.has(role) ? "allowed" : "404"}, mail register ${COURRIER.has(role) ? "allowed" : "404"}`, async () => {
      const s = await setting();
      const actor = s.w.actors[role];
      actAs(actor);
      const before = await domiciliationChecksum(s.w.a.id);
      const stamp = async (id: string) => (await db.domiciliation.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
      const social = [
        await requestDomiciliationAction({ usagerId: s.w.usager.id, demandeLe: "2026-03-02", accuseReceptionLe: "2026-03-02", liens: ["SEJOUR"], lienPrecision: "", membresCouverts: [], accompagnementId: "" }),
        await linkDomiciliationEntretienAction({ id: s.pending.id, updatedAt: await stamp(s.pending.id), entretienId: s.e2.id }),
        await renewDomiciliationAction({ id: s.granted.id, updatedAt: await stamp(s.granted.id), renouveleeLe: "2026-11-10" }),
      ];
      const expectedSocial = SOCIAL.has(role) ? ["refused: " + "Cette personne a déjà une domiciliation en cours (demande ou domiciliation en vigueur) : renouvelez-la ou terminez-la d'abord.", "ok", "ok"] : ["404", "404", "404"];
      expect(social.map(outcome)).toEqual(expectedSocial);
      const decided = await decideDomiciliationAction({ id: s.pending.id, updatedAt: await stamp(s.pending.id), decision: "ACCORDEE", decisionLe: "2026-03-20", debut: "2026-03-20", motifRefus: "", motifRefusTexte: "" });
      expect(outcome(decided)).toBe(SOCIAL.has(role) ? "ok" : "404");
      const mailResults = [
        await receiveCourrierAction({ domiciliationId: s.granted.id, recuLe: "2026-11-05", expediteurType: "JUSTICE", recommande: true }),
        await handOverCourrierAction({ id: s.mail.id, remisLe: "2026-11-06", signatureRecue: true }),
        await returnCourrierAction({ id: s.mail2.id, retourneLe: "2026-11-20" }),
      ];
      expect(mailResults.map(outcome)).toEqual(COURRIER.has(role) ? ["ok", "ok", "ok"] : ["404", "404", "404"]);
      const ended = await endDomiciliationAction({ id: s.granted.id, updatedAt: await stamp(s.granted.id), finLe: "2026-11-21", motifFin: "LOGEMENT_STABLE", finPrecision: "" });
      expect(outcome(ended)).toBe(SOCIAL.has(role) ? "ok" : "404");
      if (!SOCIAL.has(role) && !COURRIER.has(role)) expect(await domiciliationChecksum(s.w.a.id)).toBe(before);
      if (role === "ACCUEIL") {
        // Mail only: the dossier's domiciliation stays untouched, and the handing over is audited.
        const g = await db.domiciliation.findUniqueOrThrow({ where: { id: s.granted.id } });
        expect(g.status).toBe("ACCORDEE");
        expect(await db.auditLog.count({ where: { actorId: actor.id, action: { startsWith: "courrier." } } })).toBe(3);
      }

      // Reads.
      const register = await getCourrierRegister(actor);
      // Another structure's worker has their own (empty) register: nothing of this one shows.
      expect(register !== null).toBe(COURRIER.has(role) || role === "OTHER_TS");
      if (role === "OTHER_TS") expect(register!.domiciliations.length + register!.toReturn.length).toBe(0);
      expect((await listDomiciliationsForUsager(actor, s.w.usager.id)).length > 0).toBe(SOCIAL.has(role));
      expect((await listDomiciliationWorklists(actor)).enVigueur + (await listDomiciliationWorklists(actor)).decisionsDue.length >= 0).toBe(true);
      expect((await getDomiciliationLetter(actor, s.granted.id)) !== null).toBe(SOCIAL.has(role));
      expect((await exportDomiciliationReport(actor, 2026, "xlsx")) !== null).toBe(role === "RESPONSABLE");
      // The reception agent still has no access to the dossier itself.
      if (role === "ACCUEIL") expect(await getUsagerDossier(actor, s.w.usager.id, { audit: false })).toBeNull();
    });
  }

  it("the reception agent sees only names and mail in the register", async () => {
    const s = await setting();
    const register = await getCourrierRegister(s.w.actors.ACCUEIL);
    expect(register!.domiciliations).toHaveLength(1);
    const entry = register!.domiciliations[0]!;
    expect(Object.keys(entry).sort()).toEqual(["courriers", "id", "personne"]);
    expect(entry.personne).toBe("LEFÈVRE François");
    expect(JSON.stringify(register)).not.toContain(s.w.usager.numeroDossier);
  });

  it("an agent of a mairie de quartier, an ADMIN and another structure see no worklist", async () => {
    const s = await setting();
    for (const role of ["AGENT", "ADMIN", "OTHER_TS", "ACCUEIL"] as const) {
      const lists = await listDomiciliationWorklists(s.w.actors[role]);
      expect(lists.decisionsDue.length + lists.expiring.length + lists.endsProposed.length + lists.enVigueur).toBe(0);
    }
  });
});
