// Templates of the structure through the upload route (multipart, as the page's form sends it,
// with and without JavaScript), versions, archiving, preview on a dossier, generation from an
// aid with the version kept, a loop over the household, and every bad upload refused in French
// with nothing written. The PDF of a template needs LibreOffice: tested when it is installed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST as uploadRoute } from "@/app/api/courriers/modeles/route";
import { GET as previewRoute } from "@/app/api/courriers/modeles/[id]/apercu/route";
import { GET as versionRoute } from "@/app/api/courriers/versions/[id]/route";
import { archiveCourrierModeleAction, generateCourrierAction, restoreCourrierModeleAction } from "@/lib/actions/courriers";
import { generateCourrier } from "@/lib/domain/courriers/commands";
import { libreOfficeCommand, NO_LIBREOFFICE, setLibreOfficeForTests } from "@/lib/domain/courriers/pdf-convert";
import { ZGenerateCourrier } from "@/lib/domain/courriers/schemas";
import { getCourrierCard } from "@/lib/domain/courriers/queries";
import { previewTemplate } from "@/lib/domain/courriers/template-queries";
import { docxParagraphs } from "@/lib/domain/shared/letter/docx-text";
import { readNotice } from "@/lib/security/signed-notice";
import { documentStorage } from "@/lib/storage";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { pdfText } from "../helpers/pdf-text";
import { tableChecksums, changedTables } from "../permission-matrix/db-checksum";
import { lyingZipBomb, wordTemplate, zipBomb } from "../fixtures/docx-templates";
import { tinyPdf } from "../fixtures/documents";
import { courriersWorld, temporaryStorage, type CourriersWorld } from "./courriers-fixtures";

const BASE = "http://localhost:3000";
/** French amounts carry no-break spaces ("180,50\u00a0€"): compared as plain spaces. */
const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, " "));
let tmp: Awaited<ReturnType<typeof temporaryStorage>>;
let w: CourriersWorld;
beforeAll(async () => {
  tmp = await temporaryStorage();
});
afterAll(async () => {
  actAs(null);
  setLibreOfficeForTests(undefined);
  await tmp.close();
});
beforeEach(async () => {
  await resetDb();
  w = await courriersWorld();
  setLibreOfficeForTests(null);
});

const AIDE_TEMPLATE = [
  "{lieuDate}",
  "{usager.nomComplet}",
  "Objet : votre demande d'aide « {aide.type} » du {aide.demandeLe}",
  "{#aide.accordee}Une aide de {aide.montantAccorde} vous est accordée (demande : {aide.montantDemande}).{/aide.accordee}{^aide.accordee}Votre demande n'a pas été retenue : {aide.motif}{/aide.accordee}",
  "Personnes de votre foyer :",
  "{#foyer}",
  "– {prenom} {nom}, né(e) le {dateNaissance} ({lien}, {age})",
  "{/foyer}",
  "{signataire.nom} — {structure.nom}",
];

function upload(as: Actor | null, fields: Record<string, string>, file: { name: string; bytes: Uint8Array } | null, { json = true } = {}) {
  actAs(as);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
  return uploadRoute(new Request(`${BASE}/api/courriers/modeles`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: BASE, ...(json ? { accept: "application/json" } : { accept: "text/html" }) } }));
}

async function uploaded(fields: Record<string, string>, paragraphs = AIDE_TEMPLATE, name = "Réponse aide.docx") {
  const res = await upload(w.actors.RESPONSABLE, fields, { name, bytes: wordTemplate(paragraphs, { split: true }) });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(201);
  return db.courrierModele.findFirstOrThrow({ where: { nom: fields.nom ?? undefined, id: fields.modeleId || undefined }, include: { versions: { orderBy: { numero: "asc" } } } });
}

describe("uploading a template", () => {
  it("a RESPONSABLE uploads a template, then a second version; the placeholders are listed", async () => {
    const m = await uploaded({ nom: "Réponse à une demande d'aide", source: "AIDE", description: "Accord ou refus, avec le foyer" });
    expect(m).toMatchObject({ source: "AIDE", structureId: w.a.id, archivedAt: null });
    expect(m.versions.map((v) => v.numero)).toEqual([1]);
    expect(m.versions[0]!.balises).toEqual(expect.arrayContaining(["#foyer", "prenom", "aide.montantAccorde", "^aide.accordee"]));
    const again = await uploaded({ modeleId: m.id }, [...AIDE_TEMPLATE, "Version 2"]);
    expect(again.versions.map((v) => v.numero)).toEqual([1, 2]);
    expect(await db.auditLog.count({ where: { action: { in: ["courrier_modele.create", "courrier_modele.version"] } } })).toBe(2);
    // The version's own file comes back as uploaded.
    actAs(w.actors.RESPONSABLE);
    const file = await versionRoute(new Request(`${BASE}/api/courriers/versions/${m.versions[0]!.id}`), { params: Promise.resolve({ id: m.versions[0]!.id }) });
    expect(file.status).toBe(200);
    expect(docxParagraphs(new Uint8Array(await file.arrayBuffer()))).toContain("Personnes de votre foyer :");
  });

  it("without JavaScript: a 303 to the template's page, or back to the form with the signed French errors and what was typed", async () => {
    const ok = await upload(w.actors.RESPONSABLE, { nom: "Relance", source: "DOSSIER" }, { name: "relance.docx", bytes: wordTemplate(["Bonjour {usager.prenom}"]) }, { json: false });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toMatch(/^\/parametres\/courriers\/[0-9a-f-]{36}\?version=1$/);
    const bad = await upload(w.actors.RESPONSABLE, { nom: "Relance bis", source: "DOSSIER" }, { name: "relance.docx", bytes: wordTemplate(["Bonjour {usager.prenomm}"]) }, { json: false });
    expect(bad.status).toBe(303);
    const location = new URL(bad.headers.get("location")!, BASE);
    expect(location.pathname).toBe("/parametres/courriers/nouveau");
    const notice = readNotice(location.searchParams.get("erreur"));
    expect(notice?.fieldErrors.file).toContain("Balise inconnue « {usager.prenomm} »");
    expect(notice?.values).toMatchObject({ nom: "Relance bis", source: "DOSSIER" });
    // A tampered notice is ignored.
    expect(readNotice(`${location.searchParams.get("erreur")!.split(".")[0]}.${"A".repeat(43)}`)).toBeNull();
  });

  it("only the RESPONSABLE: a TS, an agent, an admin get a 404; signed out goes to sign in; nothing written", async () => {
    const before = await tableChecksums();
    for (const role of ["TRAVAILLEUR_SOCIAL", "AGENT", "ADMIN", "OTHER_TS"] as const) {
      const res = await upload(w.actors[role], { nom: "X", source: "DOSSIER" }, { name: "x.docx", bytes: wordTemplate(["{usager.nom}"]) });
      expect(res.status, role).toBe(404);
    }
    expect((await upload(null, { nom: "X", source: "DOSSIER" }, { name: "x.docx", bytes: wordTemplate(["x"]) })).status).toBe(401);
    // A new version of another structure's template is a 404 too.
    const foreign = await db.courrierModele.create({ data: { structureId: w.b.id, nom: "Voisin", source: "DOSSIER", createdById: w.users.otherTs.id } });
    const after = await tableChecksums();
    expect(changedTables(before, after)).toEqual(["CourrierModele"]);
    expect((await upload(w.actors.RESPONSABLE, { modeleId: foreign.id }, { name: "x.docx", bytes: wordTemplate(["x"]) })).status).toBe(404);
    expect(await db.courrierModeleVersion.count()).toBe(0);
  });

  it("refuses every bad file in French, naming the problem and where it is, and writes nothing", async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["modele.docx", wordTemplate(["Madame {usager.nomm},"]), /Balise inconnue « \{usager\.nomm\} » dans le corps du document, près de « Madame \{usager\.nomm\}/],
      ["modele.docx", wordTemplate(["Montant : {aide.montantAccorde}"]), /n'est pas disponible pour un modèle « Dossier »/],
      ["modele.docx", wordTemplate(["Bonjour {usager.prenom"]), /Balise non refermée « \{usager\.prenom »/],
      ["modele.docx", wordTemplate(["{#foyer}{prenom}"]), /La section « \{#foyer\} » n'est jamais refermée/],
      ["modele.docm", wordTemplate(["{usager.nom}"]), /avec macros/],
      ["modele.docx", wordTemplate(["{usager.nom}"], { macros: true }), /contient des macros/],
      ["modele.docx", zipBomb(40), /archive anormale/],
      ["modele.docx", lyingZipBomb(8), /archive anormale/],
      ["modele.docx", tinyPdf(), /n'est pas un document Word/],
      ["../../etc/modele.docx", wordTemplate(["x"]), /ni « \/ »/],
    ];
    const before = await tableChecksums();
    for (const [name, bytes, message] of cases) {
      const res = await upload(w.actors.RESPONSABLE, { nom: `Modèle ${name}`, source: "DOSSIER" }, { name, bytes });
      const body = await res.json();
      expect(res.status, name).toBe(400);
      expect(body.ok).toBe(false);
      expect(`${body.formError}\n${body.fieldErrors.file}`, name).toMatch(message);
    }
    expect(changedTables(before, await tableChecksums())).toEqual([]);
  });

  it("refuses a 30 MB template before reading it, and a missing name or kind", async () => {
    const big = await upload(w.actors.RESPONSABLE, { nom: "Gros", source: "DOSSIER" }, { name: "gros.docx", bytes: Buffer.alloc(30 * 1024 * 1024, 7) });
    expect(big.status).toBe(413);
    expect((await big.json()).fieldErrors.file).toMatch(/Le modèle dépasse 5 Mo/);
    const missing = await upload(w.actors.RESPONSABLE, {}, { name: "x.docx", bytes: wordTemplate(["x"]) });
    expect((await missing.json()).fieldErrors).toMatchObject({ nom: "Saisissez le nom du modèle.", source: "Choisissez le type de dossier du modèle." });
    const noFile = await upload(w.actors.RESPONSABLE, { nom: "Sans fichier", source: "DOSSIER" }, null);
    expect((await noFile.json()).fieldErrors.file).toBe("Choisissez un fichier.");
    expect(await db.courrierModele.count()).toBe(0);
  });
});

describe("using a template", () => {
  it("previews it on a chosen dossier, then a TS generates it from an aid: each household member rendered, the version kept", async () => {
    const m = await uploaded({ nom: "Réponse à une demande d'aide", source: "AIDE" });
    const preview = await previewTemplate(w.actors.RESPONSABLE, m.id, w.aides.refusee.id);
    expect(preview?.ok && plain(preview.paragraphs)).toEqual(expect.arrayContaining([
      "Madame Amélie DUPONT", "Votre demande n'a pas été retenue : Ressources du foyer supérieures au barème du règlement.",
      "– Hugo DUPONT, né(e) le 01/02/2015 (Enfant, 11 ans)", "– Léa DUPONT, né(e) le 14/05/2019 (Enfant, 7 ans)",
    ]));
    expect(await db.auditLog.count({ where: { action: "courrier_modele.preview" } })).toBe(1);
    expect(await db.courrier.count()).toBe(0);
    actAs(w.actors.RESPONSABLE);
    const download = await previewRoute(new Request(`${BASE}/api/courriers/modeles/${m.id}/apercu?element=${w.aides.accordee.id}&format=docx`), { params: Promise.resolve({ id: m.id }) });
    expect(download.status).toBe(200);
    expect(plain(docxParagraphs(new Uint8Array(await download.arrayBuffer())))).toContain("Une aide de 180,50 € vous est accordée (demande : 250,00 €).");
    // A TS may not preview (nor manage) templates.
    expect(await previewTemplate(w.actors.TRAVAILLEUR_SOCIAL, m.id, w.aides.refusee.id)).toBeNull();

    // The TS sees it on the aid's card and generates it.
    const card = await getCourrierCard(w.actors.TRAVAILLEUR_SOCIAL, "AIDE", w.aides.accordee.id);
    expect(card?.modeles.map((x) => x.nom)).toEqual(["Réponse à une demande d'aide"]);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const result = await generateCourrierAction({ source: "AIDE", sourceId: w.aides.accordee.id, modele: m.id });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const courrier = await db.courrier.findFirstOrThrow({ include: { docxDocument: true } });
    expect(courrier).toMatchObject({ modeleVersionId: m.versions[0]!.id, modeleInterne: null, pdfDocumentId: null, pdfIndisponible: NO_LIBREOFFICE, titre: "Réponse à une demande d'aide" });
    expect(courrier.docxDocument).toMatchObject({ type: "COURRIER", aideId: w.aides.accordee.id, usagerId: w.usager.id });
    const text = docxParagraphs((await documentStorage().get(courrier.docxDocument!.storageKey))!);
    for (const member of ["– Hugo DUPONT, né(e) le 01/02/2015 (Enfant, 11 ans)", "– Léa DUPONT, né(e) le 14/05/2019 (Enfant, 7 ans)"]) expect(text).toContain(member);
    // A new version: the next letter uses it, the first one keeps version 1.
    const v2 = await uploaded({ modeleId: m.id }, ["Version 2 pour {usager.prenom}"]);
    await generateCourrier(w.actors.TRAVAILLEUR_SOCIAL, ZGenerateCourrier.parse({ source: "AIDE", sourceId: w.aides.accordee.id, modele: m.id }));
    const versions = (await db.courrier.findMany({ orderBy: { createdAt: "asc" }, include: { modeleVersion: true } })).map((c) => c.modeleVersion!.numero);
    expect(versions).toEqual([1, 2]);
    expect(v2.versions).toHaveLength(2);
  });

  it("refuses a letter for an aid still being instructed, built-in or template, and writes nothing", async () => {
    const m = await uploaded({ nom: "Réponse", source: "AIDE" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const files = await tmp.files();
    const before = await tableChecksums();
    for (const modele of [m.id, "aide-accord", "aide-refus"]) {
      const r = await generateCourrierAction({ source: "AIDE", sourceId: w.aides.instruction.id, modele });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.formError).toBe("Cette aide est encore en cours d'instruction : aucun courrier ne peut être établi avant la décision (accord, refus ou ajournement).");
    }
    // The wrong letter for a decided aid is refused too.
    const wrong = await generateCourrierAction({ source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-accord" });
    expect(wrong.ok ? "" : wrong.formError).toMatch(/Cette aide est refusée : choisissez le courrier qui correspond/);
    expect(changedTables(before, await tableChecksums())).toEqual([]);
    expect(await tmp.files()).toBe(files);
  });

  it("an archived template is no longer offered nor usable, and comes back when restored", async () => {
    const m = await uploaded({ nom: "Réponse", source: "AIDE" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await archiveCourrierModeleAction({ id: m.id })).ok).toBe(false);
    actAs(w.actors.RESPONSABLE);
    expect((await archiveCourrierModeleAction({ id: m.id })).ok).toBe(true);
    expect((await getCourrierCard(w.actors.TRAVAILLEUR_SOCIAL, "AIDE", w.aides.accordee.id))?.modeles).toEqual([]);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await generateCourrierAction({ source: "AIDE", sourceId: w.aides.accordee.id, modele: m.id });
    expect(r.ok ? "" : r.formError).toMatch(/est archivé/);
    const version = await upload(w.actors.RESPONSABLE, { modeleId: m.id }, { name: "v2.docx", bytes: wordTemplate(["x"]) });
    expect((await version.json()).formError).toMatch(/archivé : restaurez-le/);
    actAs(w.actors.RESPONSABLE);
    expect((await restoreCourrierModeleAction({ id: m.id })).ok).toBe(true);
    expect((await getCourrierCard(w.actors.TRAVAILLEUR_SOCIAL, "AIDE", w.aides.accordee.id))?.modeles).toHaveLength(1);
  });

  it("produces the PDF of a template with LibreOffice when it is installed on the server", async (ctx) => {
    setLibreOfficeForTests(undefined);
    if (!(await libreOfficeCommand())) {
      ctx.skip();
      return;
    }
    const m = await uploaded({ nom: "Réponse", source: "AIDE" });
    const result = await generateCourrier(w.actors.TRAVAILLEUR_SOCIAL, ZGenerateCourrier.parse({ source: "AIDE", sourceId: w.aides.accordee.id, modele: m.id }));
    expect(result.pdfIndisponible).toBeNull();
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.pdf!.id } });
    const text = await pdfText((await documentStorage().get(doc.storageKey))!);
    expect(text).toContain("Une aide de 180,50 € vous est accordée");
    expect(text).toContain("Léa DUPONT");
  }, 120_000);
});
