// The diagnostic social form: a row per domain; untouched domains are dropped.
import { z } from "zod";
import { keys, MAX_LONG_TEXT, pastDate } from "../shared/fields";
import { DOMAINE_LABELS } from "../entretiens/labels";
import { DROIT_OUVERT_LABELS } from "../usagers/labels";


export const PRIORITE_LABELS = { AUCUNE: "Aucune", FAIBLE: "Faible", MOYENNE: "Moyenne", HAUTE: "Haute" } as const;
export const PROPOSITION_LABELS = { AIDE_PONCTUELLE: "Aide ponctuelle", ACCOMPAGNEMENT: "Accompagnement", ORIENTATION: "Orientation vers un partenaire" } as const;
export const DOMAINES = keys(DOMAINE_LABELS);

const text = (label: string) => z.string({ error: `${label} : texte attendu.` }).trim().max(5_000, `${label} : 5 000 caractères au plus.`);

export const ZDiagnosticDomaine = z.object({
  domaine: z.enum(DOMAINES, { error: "Domaine inconnu." }),
  situation: text("La situation"),
  besoins: text("Les besoins"),
  priorite: z.enum(keys(PRIORITE_LABELS), { error: "Priorité : choisissez une valeur de la liste." }),
});

export const ZDiagnostic = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  date: pastDate("La date du diagnostic"),
  domaines: z.array(ZDiagnosticDomaine).length(DOMAINES.length, "Un bloc par domaine est attendu.")
    .refine((d) => new Set(d.map((x) => x.domaine)).size === d.length, "Chaque domaine ne doit apparaître qu'une fois.")
    .refine((d) => d.some((x) => x.situation || x.besoins || x.priorite !== "AUCUNE"), "Renseignez au moins un domaine."),
  droitsNonOuverts: z.array(z.enum(keys(DROIT_OUVERT_LABELS), { error: "Droit inconnu." })).max(20).transform((v) => [...new Set(v)]),
  conclusion: z.string({ error: "Texte attendu." }).trim().min(1, "Saisissez la conclusion.").max(MAX_LONG_TEXT, `La conclusion : ${MAX_LONG_TEXT} caractères au plus.`),
  propositions: z.array(z.enum(keys(PROPOSITION_LABELS), { error: "Proposition inconnue." })).max(3).transform((v) => [...new Set(v)]),
});
export type DiagnosticInput = z.input<typeof ZDiagnostic>;
export type Diagnostic = z.output<typeof ZDiagnostic>;

export const emptyDiagnosticDomaines = (): DiagnosticInput["domaines"] =>
  DOMAINES.map((domaine) => ({ domaine, situation: "", besoins: "", priorite: "AUCUNE" }));
