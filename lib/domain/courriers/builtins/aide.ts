// Notifications of an aid decision (accord, refus, ajournement). A refusal, an adjournment and
// a grant below the amount asked are unfavourable decisions: they state their reasons in law and
// in fact (code des relations entre le public et l'administration, L.211-2 and L.211-5), and every
// decision states the ways and delays of appeal (code de justice administrative, R.421-5).
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { AIDE_TYPE_LABELS, MODE_PAIEMENT_LABELS } from "@/lib/domain/aides/labels";
import { appealBlocks } from "@/lib/domain/shared/letter/appeal";
import { field, h, inset, p, type LetterBlock } from "@/lib/domain/shared/letter/letter";
import type { LetterheadSettings } from "@/lib/domain/shared/letter/letterhead";
import { decisionClosing, personLetter, referencesOf, type BuildContext } from "./common";

type AideCtx = NonNullable<BuildContext["ctx"]["aide"]>;

const IN_PROGRESS = "Cette aide est encore en cours d'instruction : aucun courrier ne peut être établi avant la décision (accord, refus ou ajournement).";

/** Null when the letter may be written, else why not (in French). */
export function aideLetterRefusal(aide: AideCtx["aide"], expected: "ACCORDEE" | "REFUSEE" | "AJOURNEE" | null): string | null {
  if (aide.status === "DEMANDEE" || aide.status === "EN_INSTRUCTION") return IN_PROGRESS;
  if (aide.status === "ABANDONNEE") return "Cette demande a été abandonnée : il n'y a pas de décision à notifier.";
  if (expected && aide.status !== expected) {
    const state = { ACCORDEE: "accordée", REFUSEE: "refusée", AJOURNEE: "ajournée" }[aide.status];
    return `Cette aide est ${state} : choisissez le courrier qui correspond à sa décision.`;
  }
  if (aide.status === "REFUSEE" && !aide.motifRefus?.trim()) return "Le motif du refus n'est pas renseigné : une décision de refus doit être motivée (CRPA, article L.211-2).";
  return null;
}

/** The legal ground of an aid decision: the structure's rules, taken under CASF L.123-5. */
function legalGround(settings: LetterheadSettings): string {
  const reglement = settings.reglementAides?.trim() || "du règlement des aides facultatives adopté par le conseil d'administration";
  const ground = /^(du|de la|des|de l')\s/i.test(reglement) ? reglement : `de ${reglement}`;
  return `Cette décision est prise en application ${ground}, sur le fondement de l'article L.123-5 du code de l'action sociale et des familles`;
}

function requestBlocks(a: AideCtx["aide"]): LetterBlock[] {
  const objet = a.objet ? ` (${a.objet})` : "";
  return [
    p(`Le ${formatCalendarDate(a.demandeLe)}, vous avez sollicité auprès de nos services une aide facultative « ${AIDE_TYPE_LABELS[a.type]} »${objet} d'un montant de ${formatEuros(a.montantDemandeCents)}.`),
    ...(a.commissionLe ? [p(`Votre demande a été examinée par la commission d'attribution des aides facultatives réunie le ${formatCalendarDate(a.commissionLe)}.`)] : []),
  ];
}

/** "Par décision du 10/03/2026, " or "Par décision, ". */
const byDecision = (a: AideCtx["aide"]) => (a.decisionLe ? `Par décision du ${formatCalendarDate(a.decisionLe)}` : "Par décision");
const ref = (a: AideCtx["aide"]) => `demande d'aide du ${formatCalendarDate(a.demandeLe)}`;

export function aideAccordLetter(b: BuildContext) {
  const { aide: a, instructeur } = b.ctx.aide!;
  const accorde = a.montantAccordeCents ?? 0;
  const partiel = accorde < a.montantDemandeCents;
  return personLetter(b, {
    title: "Notification d'accord d'aide facultative",
    references: referencesOf(b, ref(a), instructeur),
    subject: "notification d'accord d'une aide facultative",
    body: [
      ...requestBlocks(a),
      p(`J'ai le plaisir de vous informer qu'une suite favorable a été donnée à votre demande. ${byDecision(a)}, une aide d'un montant de ${formatEuros(accorde)} vous est accordée.`),
      ...(partiel ? [p(`Ce montant est inférieur à celui de votre demande (${formatEuros(a.montantDemandeCents)}). ${legalGround(b.settings)}, compte tenu des éléments de votre situation examinés lors de l'instruction.`)] : []),
      h("Modalités de versement"),
      field("Montant accordé", formatEuros(accorde)),
      field("Mode de versement", a.modePaiement ? MODE_PAIEMENT_LABELS[a.modePaiement] : "précisé par votre travailleur social"),
      ...(a.payeLe ? [field("Versée le", formatCalendarDate(a.payeLe))] : []),
      ...appealBlocks(b.settings),
    ],
    closing: decisionClosing(b.ctx.usager),
  });
}

export function aideRefusLetter(b: BuildContext) {
  const { aide: a, instructeur } = b.ctx.aide!;
  return personLetter(b, {
    title: "Notification de refus d'aide facultative",
    references: referencesOf(b, ref(a), instructeur),
    subject: "notification de refus d'une aide facultative",
    body: [
      ...requestBlocks(a),
      p(`J'ai le regret de vous informer que votre demande n'a pas pu recevoir une suite favorable. ${byDecision(a)}, l'aide sollicitée vous est refusée.`),
      h("Motifs de la décision"),
      p(`${legalGround(b.settings)}, pour le motif suivant :`),
      inset(a.motifRefus ?? ""),
      p("Si votre situation évolue, vous pouvez présenter une nouvelle demande : votre travailleur social se tient à votre disposition pour vous accompagner."),
      ...appealBlocks(b.settings),
    ],
    closing: decisionClosing(b.ctx.usager),
  });
}

export function aideAjournementLetter(b: BuildContext) {
  const { aide: a, instructeur } = b.ctx.aide!;
  return personLetter(b, {
    title: "Notification d'ajournement d'aide facultative",
    references: referencesOf(b, ref(a), instructeur),
    subject: "ajournement de votre demande d'aide facultative",
    body: [
      ...requestBlocks(a),
      p(`${byDecision(a)}, l'examen de votre demande a été ajourné.`),
      h("Motifs de la décision"),
      p(`${legalGround(b.settings)}, pour le motif suivant :`),
      inset(a.motifRefus?.trim() || "éléments nécessaires à l'examen de votre demande manquants"),
      p("Votre demande sera de nouveau examinée lors d'une prochaine commission, dès que les éléments attendus nous seront parvenus. Votre travailleur social se tient à votre disposition pour vous aider à les réunir."),
      ...appealBlocks(b.settings),
    ],
    closing: decisionClosing(b.ctx.usager),
  });
}
