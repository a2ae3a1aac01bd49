// The usager form: one schema for the browser (react-hook-form) and the server action.
import { z } from "zod";
import { keys,
  euroAmount, optionalEmail, optionalPastDate, optionalPhone, optionalPostalCode, optionalText,
  pastDate, requiredText, uuidOrEmpty,
} from "../shared/fields";
import {
  CIVILITE_LABELS, DROIT_OUVERT_LABELS, LIEN_FOYER_LABELS, LOGEMENT_STATUT_LABELS, MESURE_PROTECTION_LABELS,
  SITUATION_FAMILIALE_LABELS, USAGER_STATUS_LABELS, DATE_NAISSANCE_PRECISION_LABELS,
} from "./labels";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "./budget-types";
import { parisToday } from "../shared/paris-time";

const optionalEnum = <T extends object>(labels: T, what: string) =>
  z.union([z.enum(keys(labels)), z.literal("")], { error: `${what} : choisissez une valeur de la liste.` })
    .transform((v) => (v === "" ? null : v));

export const ZFoyerMembre = z.object({
  prenom: requiredText("Le prénom"),
  nom: requiredText("Le nom"),
  dateNaissance: pastDate("La date de naissance"),
  lien: z.enum(keys(LIEN_FOYER_LABELS), { error: "Lien : choisissez une valeur de la liste." }),
});

const BUDGET_TYPES = { ...RESSOURCE_TYPES, ...CHARGE_TYPES };
export const ZLigneBudget = z
  .object({
    /** "" for the usager, else the index of the member in `foyer`. */
    membre: z.string().max(3).regex(/^(\d{1,2})?$/, "Membre du foyer inconnu."),
    kind: z.enum(["RESSOURCE", "CHARGE"], { error: "Choisissez ressource ou charge." }),
    type: z.enum(keys(BUDGET_TYPES), { error: "Type : choisissez une valeur de la liste." }),
    montant: euroAmount("Montant mensuel"),
  })
  .refine((l) => (l.kind === "RESSOURCE" ? l.type in RESSOURCE_TYPES : l.type in CHARGE_TYPES), {
    path: ["type"], message: "Ce type ne correspond pas à une ressource ou à une charge.",
  });

export const ZUsagerFields = z.object({
  civilite: optionalEnum(CIVILITE_LABELS, "Civilité"),
  nom: requiredText("Le nom"),
  nomNaissance: optionalText("Le nom de naissance", 100),
  prenom: requiredText("Le prénom"),
  /** EXACTE: `dateNaissance`; ANNEE: `anneeNaissance` only; INCONNUE: neither (people without papers). */
  dateNaissancePrecision: z.enum(keys(DATE_NAISSANCE_PRECISION_LABELS), { error: "Date de naissance : choisissez une valeur de la liste." }).default("EXACTE"),
  dateNaissance: z.string({ error: "La date de naissance : date attendue." }).max(10, "La date de naissance : date invalide (jj/mm/aaaa).").default(""),
  anneeNaissance: z.string({ error: "L'année de naissance : année attendue." }).trim().max(4, "L'année de naissance : 4 chiffres.").default(""),
  telephone: optionalPhone,
  email: optionalEmail,
  adresse: optionalText("L'adresse", 300),
  codePostal: optionalPostalCode,
  commune: optionalText("La commune", 100),
  quartier: optionalText("Le quartier", 100),
  siteId: uuidOrEmpty("Site inconnu.").transform((v) => v || null),
  situationFamiliale: optionalEnum(SITUATION_FAMILIALE_LABELS, "Situation familiale"),
  logementStatut: optionalEnum(LOGEMENT_STATUT_LABELS, "Logement"),
  bailleur: optionalText("Le bailleur", 200),
  mesureProtection: z.enum(keys(MESURE_PROTECTION_LABELS), { error: "Mesure de protection : choisissez une valeur de la liste." }),
  mesureOrganisme: optionalText("Le mandataire", 200),
  droitsOuverts: z.array(z.enum(keys(DROIT_OUVERT_LABELS), { error: "Droit inconnu." }), { error: "Droits : liste attendue." })
    .max(20).transform((v) => [...new Set(v)]),
  informationDonneeLe: optionalPastDate("La date d'information").transform((v) => v || null),
  foyer: z.array(ZFoyerMembre, { error: "Foyer : liste attendue." }).max(20, "20 membres du foyer au plus."),
  budget: z.array(ZLigneBudget, { error: "Budget : liste attendue." }).max(60, "60 lignes de budget au plus."),
});

const EXACT_BIRTH = pastDate("La date de naissance");

/** The date of birth as far as it is known: checked by precision, then stored as one date or none. */
function birthDateChecked(v: { dateNaissancePrecision: string; dateNaissance: string; anneeNaissance: string }, ctx: z.RefinementCtx) {
  if (v.dateNaissancePrecision === "EXACTE") {
    const r = EXACT_BIRTH.safeParse(v.dateNaissance);
    if (!r.success) ctx.addIssue({ code: "custom", path: ["dateNaissance"], message: r.error.issues[0]!.message });
  } else if (v.dateNaissancePrecision === "ANNEE") {
    const year = Number(v.anneeNaissance);
    if (!v.anneeNaissance) ctx.addIssue({ code: "custom", path: ["anneeNaissance"], message: "Saisissez l'année de naissance (4 chiffres)." });
    else if (!/^\d{4}$/.test(v.anneeNaissance) || year < 1900 || year > Number(parisToday().slice(0, 4))) {
      ctx.addIssue({ code: "custom", path: ["anneeNaissance"], message: "L'année de naissance : entre 1900 et l'année en cours." });
    }
  }
}

/** The stored birth date: the exact day, 1 January of the year, or null. */
export function storedBirthDate(v: { dateNaissancePrecision: string; dateNaissance: string; anneeNaissance: string }): string | null {
  if (v.dateNaissancePrecision === "EXACTE") return v.dateNaissance || null;
  if (v.dateNaissancePrecision === "ANNEE") return v.anneeNaissance ? `${v.anneeNaissance}-01-01` : null;
  return null;
}

const membresExist = (v: { foyer: unknown[]; budget: { membre: string }[]; dateNaissancePrecision: string; dateNaissance: string; anneeNaissance: string }, ctx: z.RefinementCtx) => {
  birthDateChecked(v, ctx);
  v.budget.forEach((l, i) => {
    if (l.membre !== "" && Number(l.membre) >= v.foyer.length) {
      ctx.addIssue({ code: "custom", path: ["budget", i, "membre"], message: "Membre du foyer inconnu." });
    }
  });
};

export const ZUsagerCreate = ZUsagerFields.extend({
  /** The worker saw the likely duplicates and confirms this is another person. */
  confirmNotDuplicate: z.boolean().default(false),
  /** Created for a person taken from the accueil's queue: the entretien follows (decision 0050). */
  fileAttenteId: z.union([z.uuid({ error: "Personne de la file inconnue." }), z.literal("")], { error: "Personne de la file inconnue." }).optional(),
}).superRefine(membresExist);
export type UsagerFormInput = z.input<typeof ZUsagerCreate>;
export type UsagerCreate = z.output<typeof ZUsagerCreate>;

export const ZUsagerUpdate = ZUsagerFields.extend({
  id: z.uuid(),
  version: z.number().int().min(1).max(2_147_483_647),
}).superRefine(membresExist);
export type UsagerUpdateInput = z.input<typeof ZUsagerUpdate>;
export type UsagerUpdate = z.output<typeof ZUsagerUpdate>;

export const ZDuplicateQuery = z.object({
  nom: z.string().trim().max(100),
  prenom: z.string().trim().max(100),
  /** yyyy-mm-dd (exact), yyyy (year only) or "" (unknown: the name alone is compared). */
  dateNaissance: z.string().max(10),
});

export const ZReferentChange = z.object({ usagerId: z.uuid(), userId: z.uuid({ error: "Choisissez un travailleur social." }) });
export const ZUsagerStatusChange = z.object({
  usagerId: z.uuid(),
  status: z.enum(keys(USAGER_STATUS_LABELS), { error: "Statut inconnu." }),
});
