// The accueil as a part of the person's dossier (lib/domain/accueil/dossier-part.ts) on a real
// database: passages and waits in the queue are lines of the history for the professionals (not
// for the agent d'accueil, nor another structure), sections of the right-of-access document, and
// counts after anonymisation (the free text goes, site, time, motifs, answer and outcome stay).
import { beforeEach, describe, expect, it } from "vitest";
import { recordPassage } from "@/lib/domain/accueil/passage-commands";
import { takeFromQueue } from "@/lib/domain/accueil/queue-commands";
import { createUsager } from "@/lib/domain/usagers/commands";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { ZUsagerCreate } from "@/lib/domain/usagers/schemas";
import { ZPassage } from "@/lib/domain/accueil/schemas";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { collectPersonData } from "@/lib/domain/dossier/person-export";
import { anonymiseDossier, previewAnonymisationLines } from "@/lib/domain/dossier/anonymise";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makePartenaire } from "../helpers/orientation-world";

beforeEach(resetDb);

async function world() {
  const w = await makeWorld();
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  const other = await makeUsager(w.a, { nom: "Durand", prenom: "Aline" });
  const partenaire = await makePartenaire(w.a, { nom: "Point d'accès au droit" });
  await recordPassage(w.actors.AGENT, ZPassage.parse({
    siteId: mairie.id, usagerId: usager.id, prenom: "", sexe: "", trancheAge: "", motifs: ["ACCES_AUX_DROITS", "LOGEMENT"],
    reponse: "ORIENTATION_PARTENAIRE", partenaireId: partenaire.id, survenuLe: `${parisToday()}T09:15`,
  }));
  // Someone else's passage: never in this dossier.
  await recordPassage(w.actors.AGENT, ZPassage.parse({
    siteId: mairie.id, usagerId: other.id, prenom: "", sexe: "", trancheAge: "", motifs: ["SANTE"], reponse: "INFORMATION", partenaireId: "", survenuLe: `${parisToday()}T09:30`,
  }));
  const jour = new Date(`${parisToday()}T00:00:00Z`);
  const entry = (ticket: number, patch: Record<string, unknown>) => db.fileAttenteEntree.create({
    data: { structureId: w.a.id, siteId: mairie.id, jour, ticket, usagerId: usager.id, motif: "AIDE_FINANCIERE", ajouteParId: w.users.agent.id, arriveeLe: new Date(Date.now() - 3_600_000), ...patch },
  });
  const taken = await entry(1, { status: "PRIS_EN_CHARGE", sortieLe: new Date(), traiteParId: w.users.ts.id });
  // Typed at the desk before the dossier was found: free text that anonymisation removes.
  const directed = await entry(2, { status: "REORIENTE", sortieLe: new Date(), traiteParId: w.users.agent.id, prenom: "Franck", orientationPrecision: "CAF, accueil du lundi matin" });
  return { w, mairie, usager, other, taken, directed };
}

describe("the accueil in the dossier", () => {
  it("lists the passages and waits in the history of the professionals; nothing for the agent or another structure", async () => {
    const { w, usager } = await world();
    const events = await getUsagerTimeline(w.actors.TRAVAILLEUR_SOCIAL, usager.id, "accueil");
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.kind === "accueil")).toBe(true);
    const passage = events.find((e) => e.id.startsWith("passage-"))!;
    expect(passage).toMatchObject({
      title: expect.stringMatching(/^Passage à l'accueil \(.+\)$/),
      detail: "Accès aux droits, Logement · Orientation vers un partenaire : Point d'accès au droit",
      by: `${w.users.agent.firstName} ${w.users.agent.lastName}`,
    });
    const waits = events.filter((e) => e.id.startsWith("file-")).map((e) => e.detail);
    expect(waits).toEqual(expect.arrayContaining([
      `Aide financière · Pris·e en charge par ${w.users.ts.firstName} ${w.users.ts.lastName}`,
      "Aide financière · Orientée ailleurs : CAF, accueil du lundi matin",
    ]));
    // The whole history holds them too, and the filter knows the kind.
    expect((await getUsagerTimeline(w.actors.RESPONSABLE, usager.id)).filter((e) => e.kind === "accueil")).toHaveLength(3);
    expect(await getUsagerTimeline(w.actors.AGENT, usager.id)).toEqual([]);
    expect(await getUsagerTimeline(w.actors.OTHER_TS, usager.id)).toEqual([]);
  });

  it("is a section of the right-of-access document: every passage and wait, with who recorded it", async () => {
    const { w, usager } = await world();
    const data = await collectPersonData(w.actors.RESPONSABLE, usager.id);
    const section = data!.sections.find((s) => s.titre === "Accueil : passages et permanences sans rendez-vous")!;
    expect(section.sousSections).toHaveLength(3);
    const [passage, ...waits] = section.sousSections!;
    expect(passage!.titre).toMatch(/^Passage du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/);
    expect(passage!.lignes).toEqual(expect.arrayContaining([
      ["Motifs", "Accès aux droits, Logement"], ["Réponse apportée", "Orientation vers un partenaire : Point d'accès au droit"],
      ["Enregistré par", `${w.users.agent.firstName} ${w.users.agent.lastName}`],
    ]));
    expect(waits.flatMap((s) => s.lignes)).toEqual(expect.arrayContaining([["Ticket", "n° 1"], ["Suite", "Orientée ailleurs : CAF, accueil du lundi matin"]]));
    // A dossier without any passage has no such section.
    const other = await makeUsager(w.a, { nom: "Sans", prenom: "Passage" });
    expect((await collectPersonData(w.actors.RESPONSABLE, other.id))!.sections.some((s) => s.titre.startsWith("Accueil"))).toBe(false);
  });

  it("anonymisation: the preview counts them; the free text goes, the counts stay; other dossiers untouched", async () => {
    const { w, usager, other, directed, taken } = await world();
    const target = { usagerId: usager.id, structureId: w.a.id };
    const preview = await db.$transaction((tx) => previewAnonymisationLines(tx, target, { dateNaissance: null }));
    expect(preview).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: "Passages à l'accueil", nombre: 1 }),
      expect.objectContaining({ label: "File d'attente de la permanence sans rendez-vous", nombre: 2 }),
    ]));
    const othersBefore = await db.passage.findFirstOrThrow({ where: { usagerId: other.id } });
    await db.$transaction((tx) => anonymiseDossier(tx, target, { now: new Date(), actor: w.actors.RESPONSABLE, mode: "manuel" }));

    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: directed.id } })).toMatchObject({ prenom: null, orientationPrecision: null, status: "REORIENTE", ticket: 2, motif: "AIDE_FINANCIERE" });
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: taken.id } })).toMatchObject({ status: "PRIS_EN_CHARGE", traiteParId: w.users.ts.id });
    const passages = await db.passage.findMany({ where: { usagerId: usager.id } });
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ prenom: null, motifs: ["ACCES_AUX_DROITS", "LOGEMENT"], reponse: "ORIENTATION_PARTENAIRE" });
    // The audit rows of the passages and entries are scrubbed like the dossier's other rows.
    const audits = await db.auditLog.findMany({ where: { entityId: { in: [passages[0]!.id, directed.id, taken.id] } } });
    expect(audits.length).toBeGreaterThan(0);
    expect(audits.every((a) => JSON.stringify(a.details) === JSON.stringify({ anonymise: true }))).toBe(true);
    expect(await db.passage.findUniqueOrThrow({ where: { id: othersBefore.id } })).toEqual(othersBefore);
  });

  it("a person taken from the queue without a dossier: the dossier created from it holds the wait; another professional's or structure's entry is not linked", async () => {
    const { w, mairie } = await world();
    const jour = new Date(`${parisToday()}T00:00:00Z`);
    const waiting = (ticket: number, structureId = w.a.id, siteId = mairie.id, ajouteParId = w.users.agent.id) =>
      db.fileAttenteEntree.create({ data: { structureId, siteId, jour, ticket, prenom: "Samia", motif: "LOGEMENT", ajouteParId } });
    const mine = await waiting(10);
    const colleagues = await waiting(11);
    const foreign = await waiting(1, w.b.id, w.b.sites[0]!.id, w.users.otherTs.id);
    await takeFromQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: mine.id });
    await takeFromQueue(w.actors.TS2, { id: colleagues.id });
    const create = (fileAttenteId: string, nom: string) =>
      createUsager(w.actors.TRAVAILLEUR_SOCIAL, ZUsagerCreate.parse({ ...EMPTY_USAGER_FORM, droitsOuverts: [], foyer: [], budget: [], nom, prenom: "Samia", dateNaissance: "1990-06-21", fileAttenteId, confirmNotDuplicate: true }));
    const created = await create(mine.id, "Benamar");
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ usagerId: created.id, prenom: null });
    expect((await getUsagerTimeline(w.actors.TRAVAILLEUR_SOCIAL, created.id, "accueil")).map((e) => e.title)).toEqual([expect.stringMatching(/ticket n° 10$/)]);
    await create(colleagues.id, "Autre");
    await create(foreign.id, "Voisine");
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: colleagues.id } })).toMatchObject({ usagerId: null, prenom: "Samia" });
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ usagerId: null, prenom: "Samia" });
  });
});
