// Demo courriers (issue #21): the letterhead of the CCAS de Démo (signatory, administrative
// court, rules of the aids; no logo) and one template of its own, written for the dossier, that
// lists the household: checked by the same code as an upload, so the demo shows what a real
// upload gives. Built in code with pizzip (no binary committed).
import { createHash } from "node:crypto";
import PizZip from "pizzip";
import type { Db } from "@/lib/db";
import { checkDocxTemplate } from "@/lib/domain/courriers/docx-checks";
import { compileTemplate } from "@/lib/domain/courriers/template-compile";

type Foundation = { demo: { id: string; address: string; postalCode: string; city: string; phone: string | null } };

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const PARAGRAPHS = [
  "{structure.nom}", "{structure.adresse}", "{structure.codePostal} {structure.commune}", "",
  "{usager.nomComplet}", "{usager.adresse}", "{usager.codePostal} {usager.commune}", "", "{lieuDate}", "",
  "Objet : pièces à fournir pour votre dossier n° {usager.numeroDossier}", "",
  "{#usager.madame}Madame,{/usager.madame}{#usager.monsieur}Monsieur,{/usager.monsieur}{^usager.civilite}Madame, Monsieur,{/usager.civilite}",
  "Pour poursuivre l'étude de votre situation, merci de nous faire parvenir les justificatifs suivants pour chaque personne de votre foyer :",
  "{#foyer}", "– {prenom} {nom} ({lien}, {age}) : justificatif d'identité, et de ressources s'il ou elle en perçoit ;", "{/foyer}",
  "– pour vous-même : justificatif d'identité, trois derniers justificatifs de ressources, dernier avis d'imposition.",
  "Vous pouvez les déposer à l'accueil ou les remettre à {redacteur.nom} lors de votre prochain rendez-vous.", "",
  "Veuillez agréer, {usager.civilite}, l'expression de nos salutations distinguées.", "", "{signataire.nom}", "{signataire.fonction}",
];

function demoTemplate(): Buffer {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`
    + `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = PARAGRAPHS.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function seedCourriers(db: Db, foundation: Foundation) {
  const structureId = foundation.demo.id;
  const resp = await db.user.findUniqueOrThrow({ where: { email: "responsable@demo.passerelle.fr" } });
  const s = foundation.demo;
  await db.courrierEnTete.upsert({
    where: { structureId },
    update: {},
    create: {
      structureId, nom: "CCAS de Démo", adresse: s.address, codePostal: s.postalCode, commune: s.city, telephone: s.phone, email: "ccas@demo.passerelle.fr",
      signataireNom: "Martine Leroy", signataireFonction: "Directrice du CCAS, par délégation du Président",
      tribunalAdministratif: "Tribunal administratif de Lille, 5 rue Geoffroy Saint-Hilaire, CS 62039, 59014 Lille Cedex",
      reglementAides: "du règlement des aides facultatives adopté par délibération du conseil d'administration du 12/03/2026", updatedById: resp.id,
    },
  });
  const bytes = demoTemplate();
  const check = checkDocxTemplate("demande-de-pieces.docx", bytes);
  if (!check.ok) throw new Error(check.message);
  const compiled = compileTemplate(check.zip, "DOSSIER");
  if (!compiled.ok) throw new Error(compiled.errors.join("\n"));
  await db.courrierModele.create({
    data: {
      structureId, nom: "Demande de pièces justificatives", description: "Liste les pièces à fournir pour chaque membre du foyer.", source: "DOSSIER", createdById: resp.id,
      versions: { create: { structureId, numero: 1, fichier: new Uint8Array(bytes), nomFichier: "demande-de-pieces.docx", taille: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), balises: compiled.balises, createdById: resp.id } },
    },
  });
}
