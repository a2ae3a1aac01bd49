// The "voies et délais de recours" every notified administrative decision must carry: the delays
// of the contentious appeal are not enforceable against the person unless the notification
// states them with the ways of appeal (code de justice administrative, article R.421-5). Two
// months (CJA R.421-1), a recours gracieux first if the person wishes, which interrupts that
// delay (code des relations entre le public et l'administration, L.411-2); two months of silence
// on it amount to a rejection (CRPA L.231-4), itself open to appeal within two months (CJA R.421-2).
import { h, p, item, type LetterBlock } from "./letter";
import type { LetterheadSettings } from "./letterhead";

const AUTORITE = { CCAS: "centre communal d'action sociale", CIAS: "centre intercommunal d'action sociale" } as const;

/** "du président du conseil d'administration du centre communal d'action sociale (CCAS de Démo, …)". */
export function appealAuthority(settings: LetterheadSettings): string {
  const l = settings.letterhead;
  return `du président du conseil d'administration du ${AUTORITE[settings.kind]} (${l.nom}, ${l.adresse.join(", ")})`;
}

export function appealBlocks(settings: LetterheadSettings): LetterBlock[] {
  const tribunal = settings.tribunalAdministratif?.trim()
    ? `devant le ${settings.tribunalAdministratif.trim().replace(/^(le|devant le)\s+/i, "")}`
    : "devant le tribunal administratif territorialement compétent";
  return [
    h("Voies et délais de recours"),
    p("Si vous entendez contester cette décision, vous pouvez, dans un délai de deux mois à compter de sa notification :"),
    item(`former un recours gracieux, par écrit, auprès ${appealAuthority(settings)} ;`),
    item(`former un recours contentieux ${tribunal}. Le tribunal peut aussi être saisi par l'application « Télérecours citoyens », sur le site www.telerecours.fr.`),
    p("Le recours gracieux interrompt le délai du recours contentieux, qui court de nouveau à compter de la réponse qui vous est faite. L'absence de réponse dans un délai de deux mois vaut décision implicite de rejet ; celle-ci peut à son tour être contestée devant le tribunal administratif dans un délai de deux mois."),
  ];
}
