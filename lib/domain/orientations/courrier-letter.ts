// The courrier d'orientation, from plain data (no database, no clock): what the letter says is
// decided by the caller, ONLY the transmitted sections are printed. A Letter of the shared letter
// machinery (lib/domain/shared/letter), printed as PDF or DOCX like every other letter.
import { inset, letter, p, type Letter, type Letterhead, type Signature } from "@/lib/domain/shared/letter/letter";
import type { TransmisSection } from "./transmis";

export type CourrierData = {
  letterhead: Letterhead;
  /** "Lille, le 22/11/2026": the structure's town and the letter's date (dd/mm/yyyy). */
  lieuDate: string;
  reference: string;
  destinataire: { nom: string; organisme: string | null; adresse: string | null; codePostal: string | null; commune: string | null };
  /** "Madame Amélie DUPONT": always printed, the partner must know whom it receives. */
  personne: string;
  urgence: "NORMALE" | "PRIORITAIRE" | "URGENTE";
  dateOrientation: string;
  motif: string;
  sections: TransmisSection[];
  consentementLe: string;
  signataire: Signature;
  /** The worker who follows the person, when someone else signs. */
  suiviPar?: string | null;
  /** Pièces jointes sent with the letter, one line each. */
  piecesJointes?: string[];
};

export const COURRIER_FOOTER = "Document confidentiel, couvert par le secret professionnel (CASF L.411-3) : à ne pas transmettre à un tiers.";

export function courrierLetter(data: CourrierData): Letter {
  const d = data.destinataire;
  const body = [
    p(`Le ${data.dateOrientation}, nous avons orienté vers votre service ${data.personne}, que nous accompagnons, pour le motif suivant :`),
    inset(data.motif),
    p("Éléments transmis avec l'accord de la personne, limités à ce qui est nécessaire à sa prise en charge :"),
  ];
  for (const section of data.sections) {
    body.push(p(section.title, true));
    for (const line of section.lines) body.push(inset(`${line.label} : ${line.value}`));
  }
  if (data.piecesJointes?.length) {
    body.push(p("Pièces jointes", true));
    for (const piece of data.piecesJointes) body.push(inset(`- ${piece}`));
  }
  body.push(
    p(`La personne a été informée de cette orientation et a donné son accord le ${data.consentementLe}.`, true),
    p("Nous vous remercions de bien vouloir nous accuser réception de cette orientation et nous tenir informés de la suite que vous pourrez lui donner."),
  );
  const urgence = data.urgence === "URGENTE" ? "Orientation urgente" : data.urgence === "PRIORITAIRE" ? "Orientation prioritaire" : null;
  return letter({
    title: "Courrier d'orientation",
    letterhead: data.letterhead,
    recipient: [d.nom, d.organisme, d.adresse, [d.codePostal, d.commune].filter(Boolean).join(" ")].filter((x): x is string => Boolean(x)),
    placeDate: data.lieuDate,
    references: [`Réf. : ${data.reference}`, ...(data.suiviPar ? [`Affaire suivie par : ${data.suiviPar}`] : []), ...(urgence ? [urgence] : [])],
    subject: `orientation de ${data.personne}`,
    salutation: "Madame, Monsieur,",
    body,
    closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    signature: data.signataire,
    footer: COURRIER_FOOTER,
  });
}
