// The domiciliation letters as PDF, from plain data (no database, no clock): the attestation
// d'élection de domicile (with the fields of the official form, cerfa 15548: organisation name
// and address, the person, start date, validity), the refusal (reason and how to appeal) and
// the end of domiciliation. Helvetica through WinAnsi, like the courrier d'orientation.
import PDFDocument from "pdfkit";
import { toWinAnsi } from "@/lib/domain/shared/win-ansi";

export type LetterKind = "attestation" | "refus" | "fin";

export type LetterData = {
  kind: LetterKind;
  organisme: { nom: string; adresse: string; codePostal: string; commune: string; telephone: string | null };
  lieuDate: string;
  reference: string;
  personne: { civilite: string | null; nom: string; prenom: string; dateNaissance: string };
  /** Foyer members covered (attestation): "Prénom NOM, né·e le jj/mm/aaaa". */
  ayantsDroit: string[];
  demandeLe: string;
  decisionLe: string | null;
  debut: string | null;
  finValidite: string | null;
  motif: string | null;
  motifTexte: string | null;
  finLe: string | null;
  signataire: { nom: string; fonction: string };
};

const MARGIN = 62;

function write(doc: PDFKit.PDFDocument, text: string, options: { bold?: boolean; size?: number; align?: "left" | "right" | "center" } = {}) {
  doc.font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(options.size ?? 10.5)
    .text(toWinAnsi(text), MARGIN, undefined, { width: doc.page.width - 2 * MARGIN, align: options.align });
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.font("Helvetica-Bold").fontSize(10.5).text(toWinAnsi(`${label} : `), MARGIN, undefined, { continued: true, width: doc.page.width - 2 * MARGIN })
    .font("Helvetica").text(toWinAnsi(value));
}

const TITLES: Record<LetterKind, string> = {
  attestation: "Attestation d'élection de domicile",
  refus: "Décision de refus d'élection de domicile",
  fin: "Fin d'élection de domicile",
};

export function renderDomiciliationLetter(data: LetterData, { compress = true }: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4", compress, margins: { top: 56, bottom: 64, left: MARGIN, right: MARGIN }, lang: "fr-FR",
    info: { Title: TITLES[data.kind], Author: data.organisme.nom, Creator: "Passerelle" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const o = data.organisme;
  const p = data.personne;
  const personne = `${p.civilite ? `${p.civilite} ` : ""}${p.prenom} ${p.nom.toUpperCase()}`;
  write(doc, o.nom, { bold: true, size: 14 });
  write(doc, o.adresse);
  write(doc, `${o.codePostal} ${o.commune}`);
  if (o.telephone) write(doc, `Tél. : ${o.telephone}`);
  doc.moveDown(1.5);
  write(doc, data.lieuDate, { align: "right" });
  write(doc, `Réf. : ${data.reference}`);
  doc.moveDown();
  write(doc, TITLES[data.kind], { bold: true, size: 15, align: "center" });
  write(doc, "Articles L.264-1 et suivants du code de l'action sociale et des familles", { size: 9, align: "center" });
  doc.moveDown(1.2);
  write(doc, "Organisme domiciliataire", { bold: true, size: 12 });
  field(doc, "Nom de l'organisme", o.nom);
  field(doc, "Adresse", `${o.adresse}, ${o.codePostal} ${o.commune}`);
  doc.moveDown(0.6);
  write(doc, "Personne domiciliée", { bold: true, size: 12 });
  field(doc, "Nom", p.nom.toUpperCase());
  field(doc, "Prénom", p.prenom);
  field(doc, "Date de naissance", p.dateNaissance);
  field(doc, "Demande reçue le", data.demandeLe);
  doc.moveDown(0.6);
  if (data.kind === "attestation") {
    if (data.ayantsDroit.length) {
      write(doc, "Personnes également couvertes", { bold: true, size: 12 });
      for (const a of data.ayantsDroit) write(doc, `• ${a}`);
      doc.moveDown(0.6);
    }
    write(doc, "Élection de domicile", { bold: true, size: 12 });
    field(doc, "Date de début", data.debut ?? "—");
    field(doc, "Valable jusqu'au", data.finValidite ?? "—");
    field(doc, "Adresse à utiliser", `${personne}, c/o ${o.nom}, ${o.adresse}, ${o.codePostal} ${o.commune}`);
    doc.moveDown(0.8);
    write(doc, `${o.nom} atteste que ${personne} a élu domicile à l'adresse ci-dessus pour une durée d'un an. Cette attestation permet de faire valoir ses droits civils, civiques et sociaux. La domiciliation peut prendre fin si la personne ne se manifeste pas pendant plus de trois mois consécutifs. Son renouvellement est à demander avant la date de fin de validité.`);
  } else if (data.kind === "refus") {
    field(doc, "Décision du", data.decisionLe ?? "—");
    field(doc, "Motif", data.motif ?? "—");
    if (data.motifTexte) write(doc, data.motifTexte);
    doc.moveDown(0.8);
    write(doc, "Voies et délais de recours", { bold: true, size: 12 });
    write(doc, `Vous pouvez contester cette décision dans un délai de deux mois à compter de sa réception, par un recours gracieux adressé à ${o.nom}, ou par un recours contentieux devant le tribunal administratif. Vous pouvez également vous adresser à un organisme agréé pour la domiciliation, dont la liste est disponible auprès de la préfecture.`);
  } else {
    field(doc, "Domiciliation du", `${data.debut ?? "—"} au ${data.finLe ?? "—"}`);
    field(doc, "Motif de fin", data.motif ?? "—");
    doc.moveDown(0.8);
    write(doc, `À compter du ${data.finLe ?? "—"}, ${o.nom} ne reçoit plus de courrier pour ${personne} : le courrier qui arriverait sera retourné à l'expéditeur. Vous pouvez contester cette décision dans un délai de deux mois par un recours gracieux auprès de ${o.nom} ou devant le tribunal administratif, et présenter une nouvelle demande à tout moment.`);
  }
  doc.moveDown(2);
  write(doc, data.signataire.nom, { bold: true, align: "right" });
  write(doc, data.signataire.fonction, { align: "right" });
  write(doc, o.nom, { align: "right" });
  doc.end();
  return done;
}
