// What every built-in letter shares: how the person is named and addressed, the salutation and
// the closing formula matching their civilité, the references block, the build context.
import type { Actor } from "@/lib/auth/actor";
import { CIVILITE_LABELS } from "@/lib/domain/usagers/labels";
import { contactFooter, placeDateOf, signatureOf, type LetterheadSettings } from "@/lib/domain/shared/letter/letterhead";
import { letter, type Letter } from "@/lib/domain/shared/letter/letter";
import type { GenerateCourrier } from "../schemas";
import type { SourceContext, UsagerForLetter } from "../sources";

export type BuildContext = { ctx: SourceContext; settings: LetterheadSettings; actor: Actor; now: Date; input: GenerateCourrier };

/** "Madame Amélie DUPONT". */
export const personName = (u: Pick<UsagerForLetter, "civilite" | "prenom" | "nom">) =>
  [u.civilite ? CIVILITE_LABELS[u.civilite] : null, u.prenom, u.nom.toLocaleUpperCase("fr-FR")].filter(Boolean).join(" ");

/** The person's address block; "adresse non renseignée" stays visible rather than silently empty. */
export function personAddress(u: UsagerForLetter): string[] {
  const ville = [u.codePostal, u.commune].filter(Boolean).join(" ");
  const lines = [...(u.adresse ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean), ...(ville ? [ville] : [])];
  return [personName(u), ...lines];
}

const civil = (u: Pick<UsagerForLetter, "civilite">) => (u.civilite ? CIVILITE_LABELS[u.civilite] : "Madame, Monsieur");
export const salutationFor = (u: Pick<UsagerForLetter, "civilite">) => `${civil(u)},`;
/** In the signatory's voice (decisions, attestations). */
export const decisionClosing = (u: Pick<UsagerForLetter, "civilite">) => `Je vous prie d'agréer, ${civil(u)}, l'expression de mes salutations distinguées.`;
/** In the service's voice (correspondence). */
export const serviceClosing = (to = "Madame, Monsieur") => `Veuillez agréer, ${to}, l'expression de nos salutations distinguées.`;
/** "née le" / "né le" / "né(e) le". */
export const neLe = (u: Pick<UsagerForLetter, "civilite">) => (u.civilite === "MADAME" ? "née le" : u.civilite === "MONSIEUR" ? "né le" : "né(e) le");

type Person = { firstName: string; lastName: string; role: Actor["role"] } | null | undefined;

/** The references: the dossier number, and who follows the matter when someone else signs. */
export function referencesOf(b: BuildContext, ref: string, suiviPar: Person): string[] {
  const worker = suiviPar ?? b.actor;
  const follow = b.settings.signataire ? [`Affaire suivie par : ${worker.firstName} ${worker.lastName}`] : [];
  return [`Réf. : dossier n° ${b.ctx.usager.numeroDossier}${ref ? `, ${ref}` : ""}`, ...follow];
}

/** A letter to the person, on the structure's letterhead, signed by its signatory (or `signer`). */
export function personLetter(b: BuildContext, parts: Omit<Partial<Letter>, "letterhead" | "placeDate"> & { title: string }, signer?: Person): Letter {
  return letter({
    letterhead: b.settings.letterhead,
    placeDate: placeDateOf(b.settings, b.now),
    recipient: personAddress(b.ctx.usager),
    salutation: salutationFor(b.ctx.usager),
    signature: signatureOf(b.settings, signer ?? b.actor),
    footer: contactFooter(b.settings),
    ...parts,
  });
}
