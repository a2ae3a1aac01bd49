// The dossier's own rows in the person's dossier (lib/domain/dossier/parts.ts): identity and
// household are anonymised (the birth year and the links stay for the statistics) and exported
// with the budget. The dossier's own history lines are the composition's gate (timeline-source.ts).
import type { DossierPart, ReportLine } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_NOM, ANONYMISED_PRENOM } from "@/lib/domain/shared/anonymised";
import { clean, day, label } from "@/lib/domain/shared/report-lines";
import { formatEuros } from "@/lib/format";
import * as U from "./labels";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "./budget-types";

const BUDGET_LABELS: Record<string, string> = { ...RESSOURCE_TYPES, ...CHARGE_TYPES };

export const usagersDossierPart: DossierPart = {
  anonymise: [
    {
      label: "Identité",
      effect: (u) => `nom, prénom, nom de naissance, téléphone, e-mail et adresse supprimés, ${u.dateNaissance ? `date de naissance réduite à l'année (${u.dateNaissance.getUTCFullYear()})` : "date de naissance inconnue"}, dossier archivé`,
      count: null,
      run: (tx, { usagerId }, now = new Date()) => tx.$executeRaw`
        UPDATE "Usager" SET nom = ${ANONYMISED_NOM}, "nomNaissance" = NULL, prenom = ${ANONYMISED_PRENOM}, "searchName" = 'anonymise',
          "dateNaissance" = date_trunc('year', "dateNaissance")::date,
          "dateNaissancePrecision" = (CASE WHEN "dateNaissance" IS NULL THEN 'INCONNUE' ELSE 'ANNEE' END)::"DateNaissancePrecision", civilite = NULL, telephone = NULL, email = NULL, adresse = NULL,
          "codePostal" = NULL, bailleur = NULL, "mesureOrganisme" = NULL, status = 'ARCHIVE', "anonymiseLe" = ${now},
          version = version + 1, "updatedAt" = ${now}
        WHERE id = ${usagerId}::uuid`,
    },
    {
      label: "Composition du foyer",
      effect: "noms supprimés, dates de naissance réduites à l'année, liens conservés",
      count: (tx, { usagerId }) => tx.foyerMembre.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.$executeRaw`
        UPDATE "FoyerMembre" SET nom = ${ANONYMISED_NOM}, prenom = ${ANONYMISED_PRENOM}, "dateNaissance" = date_trunc('year', "dateNaissance")::date
        WHERE "usagerId" = ${usagerId}::uuid`,
    },
  ],
  personExport: async (tx, { usagerId }) => {
    const u = await tx.usager.findUniqueOrThrow({
      where: { id: usagerId },
      include: {
        site: { select: { name: true } },
        foyer: { orderBy: { dateNaissance: "asc" } },
        budget: true,
        referents: { include: { user: { select: { firstName: true, lastName: true } } } },
      },
    });
    return [
      { titre: "Identité et coordonnées", lignes: clean([
        ["Numéro de dossier", u.numeroDossier], ["Civilité", label(U.CIVILITE_LABELS, u.civilite)], ["Nom", u.nom], ["Nom de naissance", u.nomNaissance],
        ["Prénom", u.prenom], ["Date de naissance", U.birthDateText(u.dateNaissance, u.dateNaissancePrecision, day)], ["Téléphone", u.telephone], ["Adresse e-mail", u.email],
        ["Adresse", [u.adresse, u.codePostal, u.commune].filter(Boolean).join(" ")], ["Quartier", u.quartier], ["Site", u.site?.name],
        ["Situation familiale", label(U.SITUATION_FAMILIALE_LABELS, u.situationFamiliale)], ["Logement", label(U.LOGEMENT_STATUT_LABELS, u.logementStatut)],
        ["Bailleur", u.bailleur], ["Mesure de protection", label(U.MESURE_PROTECTION_LABELS, u.mesureProtection)], ["Mandataire", u.mesureOrganisme],
        ["Droits ouverts", u.droitsOuverts.map((x) => label(U.DROIT_OUVERT_LABELS, x)).join(", ")],
        ["Notice d'information remise le", day(u.informationDonneeLe)], ["Statut du dossier", label(U.USAGER_STATUS_LABELS, u.status)],
        ["Dossier créé le", day(u.createdAt)], ["Référent·e·s", u.referents.map((r) => `${r.user.firstName} ${r.user.lastName}`).join(", ")],
      ]) },
      { titre: "Foyer", lignes: u.foyer.map((m): ReportLine => [label(U.LIEN_FOYER_LABELS, m.lien), `${m.prenom} ${m.nom}, né·e le ${day(m.dateNaissance)}`]) },
      { titre: "Ressources et charges mensuelles", lignes: u.budget.map((l): ReportLine => [`${l.kind === "RESSOURCE" ? "Ressource" : "Charge"} : ${label(BUDGET_LABELS, l.type)}`, formatEuros(l.montantCents)]) },
    ];
  },
};
