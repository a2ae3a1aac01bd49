// The letterhead of a structure's letters (lib/domain/courriers lets the RESPONSABLE set it):
// name, address, contact, logo, the signatory of decisions and attestations, the competent
// administrative court and the rules aid decisions apply. Until it is set, the structure's own
// name and address are used, and letters are signed by the worker who prints them.
import { db, type DbTx } from "@/lib/db";
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { formatCalendarDate } from "@/lib/format";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import type { Letterhead, Signature } from "./letter";

export type LetterheadSettings = {
  letterhead: Letterhead;
  /** The address as typed (the letterhead's lines are built from it). */
  adresse: string;
  codePostal: string;
  commune: string;
  signataire: { nom: string; fonction: string } | null;
  tribunalAdministratif: string | null;
  reglementAides: string | null;
  /** "centre communal" or "centre intercommunal", for the appeal paragraph. */
  kind: "CCAS" | "CIAS";
  configured: boolean;
};

const LOGO_MIMES = ["image/png", "image/jpeg"] as const;

export async function loadLetterhead(structureId: string, client: DbTx | typeof db = db): Promise<LetterheadSettings> {
  const [structure, row] = await Promise.all([
    client.structure.findUniqueOrThrow({ where: { id: structureId }, select: { name: true, kind: true, address: true, postalCode: true, city: true, phone: true } }),
    client.courrierEnTete.findUnique({ where: { structureId } }),
  ]);
  const nom = row?.nom ?? structure.name;
  const adresse = row?.adresse ?? structure.address;
  const codePostal = row?.codePostal ?? structure.postalCode;
  const commune = row?.commune ?? structure.city;
  const mime = LOGO_MIMES.find((m) => m === row?.logoMime);
  return {
    letterhead: {
      nom,
      adresse: [...adresse.split(/\r?\n/).map((l) => l.trim()).filter(Boolean), `${codePostal} ${commune}`],
      telephone: row ? row.telephone : structure.phone,
      email: row?.email ?? null,
      logo: row?.logo && mime ? { bytes: new Uint8Array(row.logo), mime } : null,
    },
    adresse,
    codePostal,
    commune,
    signataire: row?.signataireNom ? { nom: row.signataireNom, fonction: row.signataireFonction ?? "" } : null,
    tribunalAdministratif: row?.tribunalAdministratif ?? null,
    reglementAides: row?.reglementAides ?? null,
    kind: structure.kind,
    configured: row !== null,
  };
}

/** The structure's signatory when one is set, else the given person (the worker, the author). */
export function signatureOf(settings: LetterheadSettings, fallback: { firstName: string; lastName: string; role: Actor["role"] }): Signature {
  const s = settings.signataire;
  return s
    ? { nom: s.nom, fonction: s.fonction || null, structure: settings.letterhead.nom }
    : { nom: `${fallback.firstName} ${fallback.lastName}`, fonction: ROLE_LABELS[fallback.role], structure: settings.letterhead.nom };
}

/** "Lille, le 02/12/2026": the structure's town and today's date in Paris. */
export function placeDateOf(settings: LetterheadSettings, now = new Date()): string {
  return `${settings.commune}, le ${formatCalendarDate(isoToDate(parisToday(now)))}`;
}

/** One line with the structure's contact, at the foot of every page of a letter to a person. */
export function contactFooter(settings: LetterheadSettings): string {
  const l = settings.letterhead;
  return [l.nom, l.adresse.join(", "), l.telephone ? `Tél. ${l.telephone}` : null, l.email].filter(Boolean).join(" · ");
}
