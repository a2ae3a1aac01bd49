// The information notice (RGPD articles 13 and 14) as a PDF, from plain data: no database, no
// clock. Standard Helvetica through toWinAnsi, like the courrier d'orientation.
import PDFDocument from "pdfkit";
import { toWinAnsi } from "@/lib/domain/shared/letter/winansi";

export type NoticeData = {
  structure: { nom: string; adresse: string; codePostal: string; commune: string; telephone: string | null };
  personne: string;
  numeroDossier: string;
  /** dd/mm/yyyy */
  dateRemise: string;
  conservation: { dossierMois: number; aidesRefuseesMois: number; journalMois: number };
};

export type NoticeSection = { titre: string; paragraphes: string[] };

/** The wording, kept apart from the layout so that tests and reviewers read it as text. */
export function noticeSections(d: NoticeData): NoticeSection[] {
  const s = d.structure;
  const adresse = `${s.nom}, ${s.adresse}, ${s.codePostal} ${s.commune}${s.telephone ? `, téléphone ${s.telephone}` : ""}`;
  return [
    {
      titre: "Qui est responsable de vos données ?",
      paragraphes: [
        `Le responsable du traitement est ${s.nom} (centre communal ou intercommunal d'action sociale), ${s.adresse}, ${s.codePostal} ${s.commune}.`,
        "Le délégué à la protection des données de la structure peut être joint à la même adresse.",
      ],
    },
    {
      titre: "Pourquoi ces informations sont-elles enregistrées ?",
      paragraphes: [
        "Pour vous accueillir, étudier votre situation et vous accompagner : entretiens, diagnostic social, accompagnements, instruction de vos demandes d'aide, orientation vers un partenaire, domiciliation et rendez-vous.",
        "Pour produire des statistiques anonymes sur l'activité et l'analyse des besoins sociaux de la commune.",
      ],
    },
    {
      titre: "Sur quelle base ?",
      paragraphes: [
        "L'exécution d'une mission d'intérêt public confiée à la structure par le code de l'action sociale et des familles (RGPD, article 6.1.e), et les obligations légales liées aux aides et à la domiciliation (article 6.1.c).",
        "Les informations sensibles (santé, par exemple) ne sont enregistrées que si elles sont nécessaires à votre accompagnement, par des professionnels soumis au secret (article 9.2.h et 9.2.b).",
        "La transmission d'informations à un partenaire vers lequel vous êtes orienté(e) se fait avec votre accord, et seulement les éléments que vous avez acceptés.",
      ],
    },
    {
      titre: "Qui peut les consulter ?",
      paragraphes: [
        "Les travailleurs sociaux et les responsables de la structure qui vous accompagnent, tous tenus au secret professionnel. Les agents d'accueil ne voient que ce qui est utile à votre accueil.",
        "La commission qui examine les demandes d'aide, et les partenaires vers lesquels vous êtes orienté(e) avec votre accord. Vos données ne sont ni vendues ni transférées hors de l'Union européenne.",
        "Chaque consultation de votre dossier est enregistrée dans un journal des accès.",
      ],
    },
    {
      titre: "Combien de temps sont-elles conservées ?",
      paragraphes: [
        `Votre dossier : tant que vous êtes suivi(e), puis ${d.conservation.dossierMois} mois après le dernier contact. Il est ensuite anonymisé : votre nom, vos coordonnées et les textes vous concernant sont effacés, seuls des chiffres anonymes sont gardés.`,
        `Les demandes d'aide refusées ou abandonnées : ${d.conservation.aidesRefuseesMois} mois après la décision.`,
        `Le journal des accès à votre dossier : ${d.conservation.journalMois} mois.`,
      ],
    },
    {
      titre: "Quels sont vos droits ?",
      paragraphes: [
        "Vous pouvez demander à consulter toutes les informations vous concernant et en obtenir une copie (droit d'accès), les faire corriger (rectification), en demander l'effacement ou la limitation lorsque la loi le permet, et vous opposer à leur utilisation pour des raisons tenant à votre situation.",
        `Pour exercer ces droits, adressez-vous à l'accueil ou écrivez à : ${adresse}. Une réponse vous sera apportée dans un délai d'un mois.`,
      ],
    },
    {
      titre: "Réclamation",
      paragraphes: [
        "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou sur www.cnil.fr.",
      ],
    },
  ];
}

export function renderInformationNotice(d: NoticeData, { compress = true } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, compress, info: { Title: "Notice d'information sur vos données", Author: toWinAnsi(d.structure.nom) } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const w = (t: string) => toWinAnsi(t);
  doc.font("Helvetica").fontSize(9).fillColor("#555555").text(w(d.structure.nom)).text(w(`${d.structure.adresse}, ${d.structure.codePostal} ${d.structure.commune}`)).fillColor("#000000");
  doc.moveDown().font("Helvetica-Bold").fontSize(15).text(w("Vos données personnelles : information"));
  doc.moveDown(0.3).font("Helvetica").fontSize(10).text(w(`Remise à ${d.personne} (dossier ${d.numeroDossier}) le ${d.dateRemise}.`));
  for (const section of noticeSections(d)) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(11.5).fillColor("#1f3a93").text(w(section.titre)).fillColor("#000000");
    for (const p of section.paragraphes) doc.moveDown(0.25).font("Helvetica").fontSize(10).text(w(p), { align: "left" });
  }
  doc.end();
  return done;
}
