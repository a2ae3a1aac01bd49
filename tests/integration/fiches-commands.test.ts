import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  assignFicheAction, closeFicheAction, createDossierFromFicheAction, evaluateFicheAction, giveRdvAction, linkFicheAction,
  receiveFicheAction, reorientFicheAction, sendFicheAction,
} from "@/lib/actions/fiches";
import { assignFiche, closeFiche, evaluateFiche, giveRdv, receiveFiche, reorientFiche } from "@/lib/domain/fiches/commands";
import { createDossierFromFiche } from "@/lib/domain/fiches/dossier-link";
import { getFicheForCcas } from "@/lib/domain/fiches/queries";
import { CONSENTEMENT_TEXTE } from "@/lib/domain/fiches/labels";
import { CONSENT_REQUIRED, CONTACT_REQUIRED } from "@/lib/domain/fiches/schemas";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { ficheChecksum, ficheForm, sentFiche } from "../helpers/fiches-helpers";

beforeEach(resetDb);

const H = 3_600_000;
const T0 = new Date("2026-03-02T08:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * H);

describe("sending a fiche", () => {
  it("numbers it FL-YYYY-NNNNNN per structure, stores the consent wording, an event and an audit row", async () => {
    const w = await makeWorld();
    actAs(w.actors.AGENT);
    const first = await sendFicheAction(ficheForm());
    const second = await sendFicheAction(ficheForm({ nom: "Dupont" }));
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const year = new Date().getUTCFullYear();
    expect(first.data.reference).toBe(`FL-${year}-000001`);
    expect(second.data.reference).toBe(`FL-${year}-000002`);
    const stored = await db.ficheLiaison.findUniqueOrThrow({ where: { id: first.data.id }, include: { events: true } });
    expect(stored).toMatchObject({
      structureId: w.a.id, siteId: w.users.agent.siteId, agentId: w.users.agent.id, status: "ENVOYEE",
      consentementTexte: CONSENTEMENT_TEXTE, telephone: "06 12 34 56 78", motifs: ["LOGEMENT", "BUDGET_DETTES"], urgence: "PRIORITAIRE",
    });
    expect(stored.events.map((e) => e.status)).toEqual(["ENVOYEE"]);
    expect(await db.auditLog.count({ where: { action: "fiche.send", entityId: first.data.id } })).toBe(1);
  });

  it("gives unique references under concurrent sending", async () => {
    const w = await makeWorld();
    actAs(w.actors.AGENT);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => sendFicheAction(ficheForm({ nom: `Personne${i}` }))));
    expect(new Set(results.map((r) => (r.ok ? r.data.reference : "échec"))).size).toBe(8);
  });

  it("keeps HTML as typed", async () => {
    const w = await makeWorld();
    actAs(w.actors.AGENT);
    const nom = `<img src=x onerror="alert(1)">`;
    const r = await sendFicheAction(ficheForm({ nom, motifPrecision: "<script>alert('x')</script>" }));
    if (!r.ok) throw new Error(r.formError);
    expect(await db.ficheLiaison.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ nom, motifPrecision: "<script>alert('x')</script>" });
  });

  it("answers bad input with French field errors and writes nothing", async () => {
    const w = await makeWorld();
    actAs(w.actors.AGENT);
    await sentFiche(w.actors.AGENT);
    const before = await ficheChecksum();
    const cases: [Record<string, unknown>, string, RegExp | string][] = [
      [{ consentement: false }, "consentement", CONSENT_REQUIRED],
      [{ consentement: undefined }, "consentement", CONSENT_REQUIRED],
      [{ telephone: "", email: "" }, "telephone", CONTACT_REQUIRED],
      [{ telephone: "01 23" }, "telephone", /invalide/],
      [{ email: "jean@" }, "email", /invalide/],
      [{ nom: "x".repeat(1024 * 1024) }, "nom", /100 caractères/],
      [{ motifPrecision: "x".repeat(1024 * 1024) }, "motifPrecision", /500 caractères/],
      [{ motifs: [] }, "motifs", /motif/],
      [{ urgence: "<b>URGENT</b>" }, "urgence", /liste/],
    ];
    for (const [patch, field, message] of cases) {
      const r = await sendFicheAction({ ...ficheForm(), ...patch });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toMatch(message);
    }
    expect(await sendFicheAction("pas un objet")).toMatchObject({ ok: false });
    expect(await ficheChecksum()).toBe(before);
  });
});

describe("processing a fiche on the CCAS side", () => {
  it("follows ENVOYEE → RECUE → EN_COURS → RDV_FIXE with timestamps, events, audit and delays from a controlled clock", async () => {
    const w = await makeWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const { id } = await sentFiche(w.actors.AGENT, {}, T0);
    await receiveFiche(ts, { ficheId: id }, at(3));
    await assignFiche(ts, { ficheId: id, assigneeId: ts.id }, at(4));
    await evaluateFiche(ts, { ficheId: id, evaluationNotes: "Appel : dette de loyer, rendez-vous souhaité.", droitsNonOuverts: ["APL"] }, at(26));
    await evaluateFiche(ts, { ficheId: id, evaluationNotes: "Complément.", droitsNonOuverts: [] }, at(30));
    await giveRdv(ts, { ficheId: id, date: "2026-03-10", heure: "14:00", lieu: "MAISON_DES_SOLIDARITES", lieuPrecision: "Bureau 2" }, at(27));

    const fiche = (await getFicheForCcas(ts, id))!;
    expect(fiche).toMatchObject({
      status: "RDV_FIXE", recueAt: at(3), premierContactAt: at(26), rdvFixeAt: at(27), statusChangedAt: at(27), clotureAt: null,
      assigneeId: ts.id, evaluationNotes: "Complément.", evaluatedAt: at(30), rdvLieu: "MAISON_DES_SOLIDARITES",
      rdvDate: new Date("2026-03-10T13:00:00Z"), rdvLieuPrecision: "Bureau 2",
    });
    expect(fiche.events.map((e) => [e.status, e.at.getTime() - T0.getTime()])).toEqual([
      ["ENVOYEE", 0], ["RECUE", 3 * H], ["EN_COURS", 4 * H], ["RDV_FIXE", 27 * H],
    ]);
    expect(fiche.delays).toEqual({ reception: 3 * H, premierContact: 26 * H, rdvDonne: 27 * H, jusquAuRdv: (8 * 24 + 5) * H });
    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["fiche.send", "fiche.recevoir", "fiche.attribuer", "fiche.evaluer", "fiche.evaluer", "fiche.fixerRdv", "fiche.read"]);
  });

  it("reorients and closes: clotureAt set; contact impossible is not a first contact", async () => {
    const w = await makeWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const a = await sentFiche(w.actors.AGENT, {}, T0);
    const b = await sentFiche(w.actors.AGENT, { nom: "Dupont" }, T0);
    for (const f of [a, b]) {
      await receiveFiche(ts, { ficheId: f.id }, at(1));
      await assignFiche(ts, { ficheId: f.id, assigneeId: ts.id }, at(2));
    }
    await reorientFiche(ts, { ficheId: a.id, vers: "Maison Nord Solidarités" }, at(5));
    await closeFiche(ts, { ficheId: b.id, motif: "CONTACT_IMPOSSIBLE" }, at(48));
    expect(await db.ficheLiaison.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "REORIENTEE", reorienteeVers: "Maison Nord Solidarités", clotureAt: at(5), premierContactAt: at(5) });
    expect(await db.ficheLiaison.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "CLOTUREE", motifCloture: "CONTACT_IMPOSSIBLE", clotureAt: at(48), premierContactAt: null });
  });

  it("refuses every impossible jump through the actions, with a French message, and writes nothing", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const { id: ficheId } = await sentFiche(w.actors.AGENT);
    const rdv = { ficheId, date: "2099-01-01", heure: "10:00", lieu: "DOMICILE", lieuPrecision: "" };
    const tries = () => [
      evaluateFicheAction({ ficheId, evaluationNotes: "Notes", droitsNonOuverts: [] }),
      giveRdvAction(rdv), reorientFicheAction({ ficheId, vers: "PMI" }), closeFicheAction({ ficheId, motif: "SITUATION_REGLEE" }),
      assignFicheAction({ ficheId, assigneeId: w.users.ts.id }),
    ];
    // ENVOYEE: nothing but "recevoir".
    let before = await ficheChecksum();
    for (const r of await Promise.all(tries())) expect(r).toMatchObject({ ok: false, formError: "Marquez d'abord la fiche comme reçue." });
    expect(await ficheChecksum()).toBe(before);
    // RECUE: not received twice, no outcome before taking it in charge.
    expect((await receiveFicheAction({ ficheId })).ok).toBe(true);
    before = await ficheChecksum();
    expect(await receiveFicheAction({ ficheId })).toMatchObject({ ok: false, formError: expect.stringMatching(/déjà été reçue/) });
    for (const r of [await giveRdvAction(rdv), await reorientFicheAction({ ficheId, vers: "PMI" }), await closeFicheAction({ ficheId, motif: "SITUATION_REGLEE" })]) {
      expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/Prenez d'abord la fiche en charge/) });
    }
    expect(await ficheChecksum()).toBe(before);
    // CLOTUREE: final.
    expect((await assignFicheAction({ ficheId, assigneeId: w.users.ts.id })).ok).toBe(true);
    expect((await closeFicheAction({ ficheId, motif: "SITUATION_REGLEE" })).ok).toBe(true);
    before = await ficheChecksum();
    for (const r of await Promise.all([...tries(), receiveFicheAction({ ficheId })])) {
      expect(r).toMatchObject({ ok: false, formError: expect.stringMatching(/clôturée|déjà été reçue/) });
    }
    expect(await ficheChecksum()).toBe(before);
  });

  it("refuses an appointment in the past or at an invalid date, and a foreign assignee", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const { id: ficheId } = await sentFiche(w.actors.AGENT);
    await receiveFicheAction({ ficheId });
    expect(await assignFicheAction({ ficheId, assigneeId: w.users.ts2.id })).toMatchObject({ ok: false, fieldErrors: { assigneeId: expect.any(String) } });
    expect(await assignFicheAction({ ficheId, assigneeId: w.users.agent.id })).toMatchObject({ ok: false });
    expect((await assignFicheAction({ ficheId, assigneeId: w.users.ts.id })).ok).toBe(true);
    const before = await ficheChecksum();
    expect(await giveRdvAction({ ficheId, date: "2020-01-01", heure: "10:00", lieu: "DOMICILE", lieuPrecision: "" }))
      .toMatchObject({ ok: false, fieldErrors: { date: "Le rendez-vous ne peut pas être dans le passé." } });
    expect(await giveRdvAction({ ficheId, date: "2099-02-30", heure: "10:00", lieu: "DOMICILE", lieuPrecision: "" }))
      .toMatchObject({ ok: false, fieldErrors: { date: expect.stringMatching(/invalide/) } });
    expect(await giveRdvAction({ ficheId, date: "2099-01-01", heure: "10:00", lieu: "CHATEAU", lieuPrecision: "" }))
      .toMatchObject({ ok: false, fieldErrors: { lieu: expect.any(String) } });
    expect(await ficheChecksum()).toBe(before);

    actAs(w.actors.RESPONSABLE);
    expect((await assignFicheAction({ ficheId, assigneeId: w.users.ts2.id })).ok).toBe(true);
    expect(await assignFicheAction({ ficheId, assigneeId: w.users.otherTs.id })).toMatchObject({ ok: false, fieldErrors: { assigneeId: expect.any(String) } });
    expect((await db.ficheLiaison.findUniqueOrThrow({ where: { id: ficheId } })).assigneeId).toBe(w.users.ts2.id);
  });
});

describe("the person's dossier", () => {
  it("creates the dossier from the fiche through createUsager (numbered, référent, audit) and links it", async () => {
    const w = await makeWorld();
    const { id: ficheId } = await sentFiche(w.actors.AGENT, { email: "francois@exemple.fr" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await receiveFicheAction({ ficheId });
    const r = await createDossierFromFicheAction({
      ficheId, nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", telephone: "06 12 34 56 78",
      email: "francois@exemple.fr", adresse: "12 rue Pierre Legrand", quartier: "Fives",
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const usager = await db.usager.findUniqueOrThrow({ where: { id: r.data.id }, include: { referents: true } });
    expect(usager).toMatchObject({ structureId: w.a.id, nom: "Lefèvre", telephone: "06 12 34 56 78", email: "francois@exemple.fr", quartier: "Fives" });
    expect(usager.referents.map((x) => x.userId)).toEqual([w.users.ts.id]);
    expect(await db.ficheLiaison.findUniqueOrThrow({ where: { id: ficheId } })).toMatchObject({ usagerId: usager.id, status: "EN_COURS" });
    expect(await db.auditLog.count({ where: { action: "usager.create", entityId: usager.id } })).toBe(1);
    // Linked once only.
    expect(await linkFicheAction({ ficheId, usagerId: usager.id })).toMatchObject({ ok: false, formError: expect.stringMatching(/déjà liée/) });
  });

  it("needs a confirmation when a likely duplicate exists, and links an existing dossier instead", async () => {
    const w = await makeWorld();
    const existing = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12" });
    const foreign = await makeUsager(w.b, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12" });
    const { id: ficheId } = await sentFiche(w.actors.AGENT);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await receiveFicheAction({ ficheId });
    const before = await ficheChecksum();
    const dossier = { ficheId, nom: "Lefevre", prenom: "Francois", dateNaissance: "1978-04-12", telephone: "", email: "", adresse: "", quartier: "" };
    expect(await createDossierFromFicheAction(dossier)).toMatchObject({ ok: false, fieldErrors: { confirmNotDuplicate: expect.any(String) } });
    expect(await createDossierFromFicheAction({ ...dossier, dateNaissance: "" })).toMatchObject({ ok: false, fieldErrors: { dateNaissance: expect.any(String) } });
    expect(await linkFicheAction({ ficheId, usagerId: foreign.id })).toMatchObject({ ok: false, fieldErrors: { usagerId: expect.any(String) } });
    expect(await linkFicheAction({ ficheId, usagerId: "pas-un-uuid" })).toMatchObject({ ok: false, fieldErrors: { usagerId: expect.any(String) } });
    expect(await ficheChecksum()).toBe(before);
    expect((await linkFicheAction({ ficheId, usagerId: existing.id })).ok).toBe(true);
    expect(await db.ficheLiaison.findUniqueOrThrow({ where: { id: ficheId } })).toMatchObject({ usagerId: existing.id, status: "EN_COURS" });
  });

  it("does not create a dossier for a fiche that cannot take one", async () => {
    const w = await makeWorld();
    const { id: ficheId } = await sentFiche(w.actors.AGENT);
    const before = await ficheChecksum();
    await expect(createDossierFromFiche(w.actors.TRAVAILLEUR_SOCIAL, {
      ficheId, nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", telephone: null, email: null, adresse: null, quartier: null, confirmNotDuplicate: false,
    })).rejects.toThrow("Marquez d'abord la fiche comme reçue.");
    expect(await ficheChecksum()).toBe(before);
  });
});
