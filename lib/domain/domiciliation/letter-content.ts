// The domiciliation letters, from plain data (no database, no clock): the attestation
// d'élection de domicile (with the fields of the official form, cerfa 15548: organisation name
// and address, the person, start date, validity), the refusal (reason and how to appeal) and
// the end of domiciliation. Letters of the shared machinery (lib/domain/shared/letter).
import { field, h, item, letter, p, space, type Letter, type LetterBlock, type Letterhead, type Signature } from "@/lib/domain/shared/letter/letter";

export type LetterKind = "attestation" | "refus" | "fin";

export type LetterData = {
  kind: LetterKind;
  letterhead: Letterhead;
  /** The organisme domiciliataire as the cerfa names it: the structure's own address. */
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
  signataire: Signature;
  /** The "voies et délais de recours" of a refusal or an end (lib/domain/shared/letter/appeal.ts). */
  recours: LetterBlock[];
};

export const DOMICILIATION_TITLES: Record<LetterKind, string> = {
  attestation: "Attestation d'élection de domicile",
  refus: "Décision de refus d'élection de domicile",
  fin: "Fin d'élection de domicile",
};

function decisionBlocks(data: LetterData, personne: string): LetterBlock[] {
  const o = data.organisme;
  if (data.kind === "attestation") {
    return [
      ...(data.ayantsDroit.length ? [h("Personnes également couvertes"), ...data.ayantsDroit.map(item)] : []),
      h("Élection de domicile"),
      field("Date de début", data.debut ?? "—"),
      field("Valable jusqu'au", data.finValidite ?? "—"),
      field("Adresse à utiliser", `${personne}, c/o ${o.nom}, ${o.adresse}, ${o.codePostal} ${o.commune}`),
      space,
      p(`${o.nom} atteste que ${personne} a élu domicile à l'adresse ci-dessus pour une durée d'un an. Cette attestation permet de faire valoir ses droits civils, civiques et sociaux. La domiciliation peut prendre fin si la personne ne se manifeste pas pendant plus de trois mois consécutifs. Son renouvellement est à demander avant la date de fin de validité.`),
    ];
  }
  if (data.kind === "refus") {
    return [
      field("Décision du", data.decisionLe ?? "—"),
      field("Motif", data.motif ?? "—"),
      ...(data.motifTexte ? [p(data.motifTexte)] : []),
      p("Vous pouvez vous adresser à un organisme agréé pour la domiciliation, dont la liste est disponible auprès de la préfecture."),
      ...data.recours,
    ];
  }
  return [
    field("Domiciliation du", `${data.debut ?? "—"} au ${data.finLe ?? "—"}`),
    field("Motif de fin", data.motif ?? "—"),
    space,
    p(`À compter du ${data.finLe ?? "—"}, ${o.nom} ne reçoit plus de courrier pour ${personne} : le courrier qui arriverait sera retourné à l'expéditeur. Vous pouvez présenter une nouvelle demande à tout moment.`),
    ...data.recours,
  ];
}

export function domiciliationLetter(data: LetterData): Letter {
  const o = data.organisme;
  const pers = data.personne;
  const personne = `${pers.civilite ? `${pers.civilite} ` : ""}${pers.prenom} ${pers.nom.toUpperCase()}`;
  return letter({
    title: DOMICILIATION_TITLES[data.kind],
    letterhead: data.letterhead,
    placeDate: data.lieuDate,
    references: [`Réf. : ${data.reference}`],
    heading: DOMICILIATION_TITLES[data.kind],
    subheading: "Articles L.264-1 et suivants du code de l'action sociale et des familles",
    body: [
      h("Organisme domiciliataire"),
      field("Nom de l'organisme", o.nom),
      field("Adresse", `${o.adresse}, ${o.codePostal} ${o.commune}`),
      h("Personne domiciliée"),
      field("Nom", pers.nom.toUpperCase()),
      field("Prénom", pers.prenom),
      field("Date de naissance", pers.dateNaissance),
      field("Demande reçue le", data.demandeLe),
      ...decisionBlocks(data, personne),
    ],
    signature: data.signataire,
  });
}
