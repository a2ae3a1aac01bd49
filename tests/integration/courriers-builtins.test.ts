// Every built-in letter, generated from its record through the domain (real database, real
// storage folder), then read back as a person would: the PDF's text with pdf-parse, the DOCX's
// word/document.xml unzipped with pizzip and parsed as XML. The letterhead (name, address, logo,
// signatory) is on each; decisions carry their reasons and the ways and delays of appeal.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import PizZip from "pizzip";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { generateCourrier } from "@/lib/domain/courriers/commands";
import { saveLetterhead, saveLogo } from "@/lib/domain/courriers/letterhead-commands";
import { ZGenerateCourrier } from "@/lib/domain/courriers/schemas";
import { documentTimelineEvents } from "@/lib/domain/documents/timeline-source";
import { docxParagraphs } from "@/lib/domain/shared/letter/docx-text";
import { DomainError } from "@/lib/domain/errors";
import { documentStorage } from "@/lib/storage";
import { resetDb } from "../helpers/db";
import { pdfText } from "../helpers/pdf-text";
import { tinyPng } from "../fixtures/documents";
import { courriersWorld, LETTERHEAD, temporaryStorage, type CourriersWorld } from "./courriers-fixtures";

const NOW = new Date("2026-12-02T10:00:00Z");
let tmp: Awaited<ReturnType<typeof temporaryStorage>>;
let w: CourriersWorld;
beforeAll(async () => {
  tmp = await temporaryStorage();
});
afterAll(() => tmp.close());
beforeEach(async () => {
  await resetDb();
  w = await courriersWorld();
});

async function generate(actor: Actor, input: Record<string, unknown>) {
  const result = await generateCourrier(actor, ZGenerateCourrier.parse(input), { now: NOW });
  const courrier = await db.courrier.findUniqueOrThrow({ where: { id: result.id }, include: { pdfDocument: true, docxDocument: true } });
  const pdfBytes = await documentStorage().get(courrier.pdfDocument!.storageKey);
  const docxBytes = await documentStorage().get(courrier.docxDocument!.storageKey);
  return { result, courrier, pdf: await pdfText(pdfBytes!), docx: docxParagraphs(docxBytes!).join("\n"), docxBytes: docxBytes!, pdfBytes: pdfBytes! };
}
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("built-in letters", () => {
  beforeEach(async () => {
    await saveLetterhead(w.actors.RESPONSABLE, LETTERHEAD);
    await saveLogo(w.actors.RESPONSABLE, { name: "logo.png", bytes: tinyPng() });
  });

  it("refusal of an aid: reasons in law and in fact, and the ways and delays of appeal (PDF and DOCX)", async () => {
    const g = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" });
    for (const text of [g.pdf, flat(g.docx)]) {
      for (const expected of [
        "CCAS de Lille", "Hôtel de Ville", "place Augustin Laurent", "59000 Lille", "Tél. : 03 20 49 50 50",
        "Madame Amélie DUPONT", "12 rue des Sarrazins", "Lille, le 02/12/2026", "Affaire suivie par : Camille Test TRAVAILLEUR_SOCIAL",
        "Objet : notification de refus d'une aide facultative", "Madame,",
        "Le 02/11/2026, vous avez sollicité auprès de nos services une aide facultative « Énergie (électricité, gaz, fioul) » (Facture EDF de novembre) d'un montant de 250,00 €.",
        "commission d'attribution des aides facultatives réunie le 20/11/2026", "Par décision du 20/11/2026, l'aide sollicitée vous est refusée.",
        "Motifs de la décision", "règlement des aides facultatives adopté par le conseil d'administration", "article L.123-5 du code de l'action sociale et des familles",
        "Ressources du foyer supérieures au barème du règlement.",
        "Voies et délais de recours", "dans un délai de deux mois à compter de sa notification",
        "recours gracieux, par écrit, auprès du président du conseil d'administration du centre communal d'action sociale (CCAS de Lille",
        "recours contentieux devant le Tribunal administratif de Lille, 5 rue Geoffroy Saint-Hilaire, CS 62039, 59014 Lille Cedex",
        "Télérecours citoyens", "www.telerecours.fr", "Le recours gracieux interrompt le délai du recours contentieux",
        "L'absence de réponse dans un délai de deux mois vaut décision implicite de rejet",
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", "Martine Leroy", "Directrice, par délégation du Président",
      ]) expect(text, expected).toContain(expected);
    }
    // The logo is in both files.
    expect(Buffer.from(g.pdfBytes).toString("latin1")).toMatch(/\/Subtype \/Image/);
    expect(Object.keys(new PizZip(g.docxBytes).files)).toContain("word/media/logo.png");
    expect(g.courrier.pdfDocument!.name).toBe(`Notification de refus d'aide ${w.usager.numeroDossier} 02-12-2026.pdf`);
    expect(g.courrier.pdfDocument).toMatchObject({ type: "COURRIER", aideId: w.aides.refusee.id, mime: "application/pdf", usagerId: w.usager.id });
    expect(g.courrier.docxDocument).toMatchObject({ type: "COURRIER", aideId: w.aides.refusee.id });
  });

  it("grant of an aid below the amount asked: amount, payment, motivation of the difference, appeal", async () => {
    const { pdf, docx } = await generate(w.actors.RESPONSABLE, { source: "AIDE", sourceId: w.aides.accordee.id, modele: "aide-accord" });
    for (const text of [pdf, flat(docx)]) {
      for (const expected of [
        "Objet : notification d'accord d'une aide facultative", "une aide d'un montant de 180,50 € vous est accordée",
        "Ce montant est inférieur à celui de votre demande (250,00 €)", "Modalités de versement", "Montant accordé : 180,50 €",
        "Mode de versement : Paiement direct au fournisseur ou au bailleur", "Voies et délais de recours",
      ]) expect(text, expected).toContain(expected);
    }
  });

  it("adjournment of an aid: the reason and the appeal", async () => {
    const { pdf } = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "AIDE", sourceId: w.aides.ajournee.id, modele: "aide-ajournement" });
    for (const expected of ["Objet : ajournement de votre demande d'aide facultative", "l'examen de votre demande a été ajourné", "Avis d'imposition 2026 manquant.", "prochaine commission", "Voies et délais de recours"]) {
      expect(pdf, expected).toContain(expected);
    }
  });

  it("convocation: day, time (Paris), place, worker, purpose, what to bring", async () => {
    const { pdf, docx } = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "RENDEZ_VOUS", sourceId: w.rdv.id, modele: "convocation", piecesAApporter: "Pièce d'identité\nAvis d'imposition 2026" });
    for (const text of [pdf, flat(docx)]) {
      for (const expected of [
        "Objet : convocation à un rendez-vous", "le mardi 08/12/2026 à 10 h 30", "Date : mardi 08/12/2026", "Heure : 10 h 30",
        "Lieu : Maison des Solidarités, 2 rue du Test, 59000 Lille", "Avec : Camille Test TRAVAILLEUR_SOCIAL", "Objet : Point sur le budget",
        "Documents à apporter", "– Pièce d'identité", "– Avis d'imposition 2026", "En cas d'empêchement, merci de nous prévenir dès que possible au 03 20 49 50 50",
      ]) expect(text, expected).toContain(expected);
    }
  });

  it("attestation de suivi: who is followed and since when, never why", async () => {
    const { pdf } = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "DOSSIER", sourceId: w.usager.id, modele: "attestation-suivi", objet: "constituer un dossier de logement social" });
    for (const expected of [
      "Attestation de suivi", "Je soussigné(e), Martine Leroy, Directrice, par délégation du Président, atteste que Madame Amélie DUPONT, née le 03/09/1990, demeurant 12 rue des Sarrazins, 59000 Lille, est accompagnée par les services de CCAS de Lille depuis le 01/10/2025.",
      "Cette attestation est établie pour : constituer un dossier de logement social.", "ne mentionne pas la nature de l'accompagnement",
    ]) expect(pdf, expected).toContain(expected);
    expect(pdf).not.toContain("EDF");
  });

  it("letters to the landlord and to a creditor need the person's agreement, then carry the message and the debt", async () => {
    const refused = generateCourrier(w.actors.TRAVAILLEUR_SOCIAL, ZGenerateCourrier.parse({ source: "DOSSIER", sourceId: w.usager.id, modele: "bailleur", message: "Bonjour" }), { now: NOW });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { accordPersonne: expect.stringContaining("accord de la personne") } });
    const bailleur = await generate(w.actors.TRAVAILLEUR_SOCIAL, {
      source: "DOSSIER", sourceId: w.usager.id, modele: "bailleur", accordPersonne: true, destinataireAdresse: "425 boulevard Gambetta\n59200 Tourcoing",
      message: "Madame Dupont sollicite un plan d'apurement de 30 € par mois pour ses arriérés de loyer.",
    });
    for (const expected of ["Lille Métropole Habitat", "425 boulevard Gambetta", "59200 Tourcoing", "Objet : situation de Madame Amélie DUPONT, votre locataire",
      "locataire du logement situé 12 rue des Sarrazins, 59000 Lille", "plan d'apurement de 30 € par mois", "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."]) {
      expect(bailleur.pdf, expected).toContain(expected);
    }
    const creancier = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "DETTE", sourceId: w.edf.id, modele: "creancier", accordPersonne: true });
    for (const expected of ["EDF", "Objet : dette de Madame Amélie DUPONT", "accompagnement budgétaire", "Montant restant dû : 1 234,56 €", "Mensualité proposée : 50,00 €", "échéancier de 50,00 € par mois"]) {
      expect(creancier.pdf, expected).toContain(expected);
    }
    expect(creancier.courrier.pdfDocument!.accompagnementId).toBe(w.budget.id);
  });

  it("the orientation and domiciliation letters, on the same machinery and letterhead", async () => {
    const o = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "ORIENTATION", sourceId: w.orientation.id, modele: "orientation" });
    for (const expected of ["CCAS de Lille", "PMI de La Madeleine", "Objet : orientation de Madame Amélie DUPONT", "Suivi de PMI pour Léa.", "Composition du foyer", "Martine Leroy"]) expect(o.pdf, expected).toContain(expected);
    const att = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "DOMICILIATION", sourceId: w.dom.accordee.id, modele: "domiciliation-attestation" });
    for (const expected of ["Attestation d'élection de domicile", "Valable jusqu'au : 19/01/2027", "CCAS de Lille"]) expect(att.pdf, expected).toContain(expected);
    const refus = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "DOMICILIATION", sourceId: w.dom.refusee.id, modele: "domiciliation-refus" });
    for (const expected of ["Décision de refus d'élection de domicile", "Aucun lien avec Lille établi.", "Voies et délais de recours", "Tribunal administratif de Lille"]) expect(refus.pdf, expected).toContain(expected);
    await expect(generateCourrier(w.actors.TRAVAILLEUR_SOCIAL, ZGenerateCourrier.parse({ source: "DOMICILIATION", sourceId: w.dom.demandee.id, modele: "domiciliation-attestation" }))).rejects.toBeInstanceOf(DomainError);
  });

  it("each letter is a pièce jointe of type Courrier, in the dossier's history and the audit log", async () => {
    await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" });
    const events = await documentTimelineEvents(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id);
    expect(events.map((e) => e.title)).toEqual(["Courrier généré", "Courrier généré"]);
    expect(events[0]!.detail).toMatch(/^Notification de refus d'aide 2026-.* 02-12-2026\.(pdf|docx) · Courrier$/);
    expect(await db.auditLog.count({ where: { action: "courrier.generate", entityType: "Courrier" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "document.generate" } })).toBe(2);
  });
});

describe("without a letterhead", () => {
  it("uses the structure's name and address and is signed by the worker", async () => {
    const { pdf } = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" });
    expect(pdf).toContain(w.a.name);
    expect(pdf).toContain("1 rue du Test");
    expect(pdf).toContain("Camille Test TRAVAILLEUR_SOCIAL Travailleur social");
    expect(pdf).toContain("devant le tribunal administratif territorialement compétent");
  });

  it("escapes XML special characters and keeps an emoji of a name in the DOCX (drops it in the PDF)", async () => {
    await db.usager.update({ where: { id: w.usager.id }, data: { nom: "O'Brien & <Fils> 🌸", prenom: "Zoé \"Zaza\"" } });
    const { pdf, docx, docxBytes } = await generate(w.actors.TRAVAILLEUR_SOCIAL, { source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" });
    expect(docx).toContain(`Madame Zoé "Zaza" O'BRIEN & <FILS> 🌸`);
    const xml = new PizZip(docxBytes).file("word/document.xml")!.asText();
    expect(xml).toContain("O&apos;BRIEN &amp; &lt;FILS&gt; 🌸");
    expect(xml).not.toContain("<FILS>");
    expect(pdf).toContain(`Madame Zoé "Zaza" O'BRIEN & <FILS>`);
    expect(pdf).not.toContain("?");
  });
});
