// One valid call per server action: the records it acts on (a fixture built straight in the
// database) and a payload that succeeds for an allowed role. The permission matrix calls it as
// every role; the bad-input suite mutates it one field at a time. Data-driven: a new action is
// one entry here (and one row in expectations.ts).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { emptyDiagnosticDomaines } from "@/lib/domain/diagnostics/schemas";
import { dateToParisLocal, parisToday } from "@/lib/domain/shared/paris-time";
import { addDays as addDaysIso } from "@/lib/domain/shared/day-range";
import { makeUser, makeUsager, makeWorld, TEST_PASSWORD, unique } from "../helpers/factories";
import { ficheForm, sentFiche } from "../helpers/fiches-helpers";
import { daysAgo, makePartenaire, orientationInput } from "../helpers/orientation-world";
import { makeAccompagnement } from "../integration/accompagnement-fixtures";
import type { MatrixRole } from "./expectations";
import { listBookableSlots } from "@/lib/domain/agenda/booking";
import { isoWeekday } from "@/lib/domain/agenda/calendar";
import { encryptTotpSecret } from "@/lib/domain/auth/totp-crypto";
import { newTotpSecret, totpCodeAt } from "@/lib/domain/auth/totp";
import { passwordStamp } from "@/lib/domain/auth/authenticate";
import { setPendingSecondFactor } from "../helpers/sign-in-request";
import { ahead, makeFiche } from "../integration/agenda-fixtures";
import { makeAtelier, inscrire, parisInDays } from "../integration/ateliers-fixtures";
import { makeSignalement, openSignalementPage, publicPayload } from "../integration/signalement-fixtures";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NEW_PASSWORD = "Nouveau-Mot-de-passe-2026!";

/** Structure A (every role) with one record of each kind; structure B with the same, "foreign". */
export async function buildFixture() {
  const w = await makeWorld();
  const targetUser = await makeUser(w.a, "AGENT");
  const [usager, usager2, foreignUsager] = await Promise.all([
    makeUsager(w.a, { nom: "Lefèvre", prenom: "François" }),
    makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" }),
    makeUsager(w.b, { nom: "Martin", prenom: "Paul" }),
  ]);
  await db.usagerReferent.create({ data: { usagerId: usager.id, userId: w.users.ts.id } });
  const [budget, logement, errance, foreignAcc] = await Promise.all([
    makeAccompagnement(usager, w.users.ts.id, { type: "BUDGETAIRE" }),
    makeAccompagnement(usager, w.users.ts.id, { type: "LOGEMENT" }),
    makeAccompagnement(usager, w.users.ts.id, { type: "ERRANCE" }),
    makeAccompagnement(foreignUsager, w.users.otherTs.id, { type: "BUDGETAIRE" }),
  ]);
  const objectif = await db.planObjectif.create({
    data: { accompagnementId: budget.id, libelle: "Budget", ordre: 0, actions: { create: { libelle: "Échéancier", porteur: "La personne" } } },
    include: { actions: true },
  });
  const aideBase = { structureId: w.a.id, usagerId: usager.id, instructeurId: w.users.ts.id, type: "ALIMENTAIRE" as const, montantDemandeCents: 15_000, demandeLe: day("2026-03-02") };
  const [demandee, instruite, accordee, foreignAide] = await Promise.all([
    db.aide.create({ data: { ...aideBase, status: "DEMANDEE" } }),
    db.aide.create({ data: { ...aideBase, status: "EN_INSTRUCTION" } }),
    db.aide.create({ data: { ...aideBase, status: "ACCORDEE", montantAccordeCents: 15_000, decisionLe: day("2026-03-10") } }),
    db.aide.create({ data: { ...aideBase, structureId: w.b.id, usagerId: foreignUsager.id, instructeurId: w.users.otherTs.id, status: "EN_INSTRUCTION" } }),
  ]);
  const entretienBase = { date: new Date(Date.now() - 86_400_000), dureeMinutes: 30, canal: "BUREAU" as const, objets: ["BUDGET" as const], resume: "Point budget.", rappelLe: day(parisToday()) };
  const [entretien, foreignEntretien] = await Promise.all([
    db.entretien.create({ data: { ...entretienBase, structureId: w.a.id, usagerId: usager.id, authorId: w.users.ts.id } }),
    db.entretien.create({ data: { ...entretienBase, structureId: w.b.id, usagerId: foreignUsager.id, authorId: w.users.otherTs.id } }),
  ]);
  const [pmi, foreignPartenaire] = await Promise.all([makePartenaire(w.a), makePartenaire(w.b, { nom: "PMI du Voisin" })]);
  const orientBase = { motif: "Suivi PMI", elementsTransmis: ["COMPOSITION_FOYER" as const], consentementLe: day(daysAgo(1)), date: day(daysAgo(1)), urgence: "NORMALE" as const, status: "ENVOYEE" as const };
  const [orientation, foreignOrientation] = await Promise.all([
    db.orientation.create({ data: { ...orientBase, structureId: w.a.id, usagerId: usager.id, partenaireId: pmi.id, authorId: w.users.ts.id } }),
    db.orientation.create({ data: { ...orientBase, structureId: w.b.id, usagerId: foreignUsager.id, partenaireId: foreignPartenaire.id, authorId: w.users.otherTs.id } }),
  ]);
  const otherAgent = await makeUser(w.b, "AGENT");
  const [envoyee, recue, enCours, foreignFiche] = await Promise.all([
    sentFiche(w.actors.AGENT, { nom: "Bernard" }), sentFiche(w.actors.AGENT, { nom: "Petit" }), sentFiche(w.actors.AGENT, { nom: "Robert" }),
    sentFiche({ ...w.actors.AGENT, id: otherAgent.id, structureId: w.b.id, siteId: otherAgent.siteId }, { nom: "Voisin" }),
  ]);
  await db.ficheLiaison.update({ where: { id: recue.id }, data: { status: "RECUE" } });
  await db.ficheLiaison.update({ where: { id: enCours.id }, data: { status: "EN_COURS" } });
  await db.ficheLiaison.update({ where: { id: foreignFiche.id }, data: { status: "RECUE" } });
  const features = await buildFeatureFixture(w, usager);
  // The maraude: the TS is on the team; a report of structure B for the foreign ids.
  await db.user.update({ where: { id: w.users.ts.id }, data: { maraude: true } });
  w.actors.TRAVAILLEUR_SOCIAL.maraude = true;
  const foreignSignalement = await makeSignalement(w.b);
  // A social account of structure B waiting for its responsable (decision 0070).
  const foreignPending = await pendingAccount(w.users.otherAdmin.id, w.b);
  return {
    ...features, ...w, targetUser, usager, usager2, budget, logement, errance, actionId: objectif.actions[0]!.id, demandee, instruite, accordee,
    entretien, pmi, orientation, fiches: { envoyee: envoyee.id, recue: recue.id, enCours: enCours.id },
    /** Ids of structure B: any of them in any id field must be refused (404 or a field error). */
    foreignIds: [
      foreignUsager.id, foreignAcc.id, foreignAide.id, foreignEntretien.id, foreignPartenaire.id, foreignOrientation.id,
      foreignFiche.id, w.users.otherTs.id, otherAgent.id, w.b.sites[0]!.id, ...features.foreignFeatureIds, foreignSignalement.id, foreignPending.id,
    ],
  };
}

/** A travailleur social account created by the ADMIN and awaiting approval (decision 0070). */
async function pendingAccount(adminId: string, structure: Parameters<typeof makeUser>[0]) {
  const user = await makeUser(structure, "TRAVAILLEUR_SOCIAL");
  return db.user.update({ where: { id: user.id }, data: { status: "PENDING_APPROVAL", approvalRequestedById: adminId, approvalRequestedAt: new Date() } });
}
export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

/**
 * Records of the features added alongside issue #8 (agenda, ateliers, domiciliation and its mail
 * register, documents, retention review), in structure A, with one of each in structure B.
 */
async function buildFeatureFixture(w: Awaited<ReturnType<typeof makeWorld>>, usager: { id: string }) {
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const [domDemande, domADecider, domAccordee, inactif, foreignDom] = await Promise.all([
    makeUsager(w.a, { nom: "Bernard", prenom: "Louise" }), makeUsager(w.a, { nom: "Petit", prenom: "Marc" }),
    makeUsager(w.a, { nom: "Robert", prenom: "Nadia" }),
    makeUsager(w.a, { nom: "Ancien", prenom: "Dossier", lastContactAt: new Date(Date.now() - 30 * 30 * 86_400_000), createdAt: new Date(Date.now() - 40 * 30 * 86_400_000) }),
    makeUsager(w.b, { nom: "Voisin", prenom: "Jules" }),
  ]);
  // Agenda: a rendez-vous of the TS, their weekly permanence at the mairie, a fiche of that site.
  const rdvDay = ahead(3);
  const [rendezVous, foreignRdv] = await Promise.all([
    db.rendezVous.create({ data: { structureId: w.a.id, usagerId: usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", siteId: w.a.sites[0]!.id, debut: new Date(`${rdvDay}T08:00:00Z`), fin: new Date(`${rdvDay}T08:30:00Z`) } }),
    db.rendezVous.create({ data: { structureId: w.b.id, usagerId: foreignDom.id, travailleurId: w.users.otherTs.id, kind: "BUREAU", debut: new Date(`${rdvDay}T08:00:00Z`), fin: new Date(`${rdvDay}T08:30:00Z`) } }),
  ]);
  const permBase = { jour: 2, debut: "09:00", fin: "11:00", dureeCreneauMinutes: 30, depuis: new Date("2026-01-01T00:00:00Z") };
  const [permanence, foreignPerm] = await Promise.all([
    db.permanence.create({ data: { ...permBase, structureId: w.a.id, siteId: mairie.id, travailleurId: w.users.ts.id } }),
    db.permanence.create({ data: { ...permBase, structureId: w.b.id, siteId: w.b.sites[0]!.id, travailleurId: w.users.otherTs.id } }),
  ]);
  const permanenceException = await db.permanenceException.create({ data: { permanenceId: permanence.id, date: new Date(`${ahead(60)}T00:00:00Z`), motif: "Congés" } });
  const bookingFiche = await makeFiche(w.a.id, mairie.id, w.users.agent.id);
  // Ateliers: a planned workshop animated by the TS, with the dossier registered.
  const [atelier, foreignAtelier] = await Promise.all([makeAtelier(w.a, w.users.ts.id), makeAtelier(w.b, w.users.otherTs.id)]);
  const atelierPasse = await makeAtelier(w.a, w.users.ts.id, { debut: new Date(Date.now() - 2 * 86_400_000) });
  const [inscription, inscriptionPassee, foreignInscription] = await Promise.all([
    inscrire(atelier, usager.id), inscrire(atelierPasse, usager.id), inscrire(foreignAtelier, foreignDom.id),
  ]);
  // Domiciliation: a request without its interview, one ready to decide, one granted with mail waiting.
  const today = day(parisToday());
  const tenDaysAgo = day(daysAgo(10));
  const [entretienDemande, entretienDecision] = await Promise.all([domDemande, domADecider].map((u) =>
    db.entretien.create({ data: { structureId: w.a.id, usagerId: u.id, authorId: w.users.ts.id, date: tenDaysAgo, dureeMinutes: 45, canal: "BUREAU", objets: ["ACCES_AUX_DROITS"], resume: "Entretien préalable à la domiciliation." } })));
  const domBase = { structureId: w.a.id, demandeLe: tenDaysAgo, accuseReceptionLe: tenDaysAgo, liens: ["SEJOUR" as const] };
  const debut = day(daysAgo(9));
  const finValidite = new Date(Date.UTC(debut.getUTCFullYear() + 1, debut.getUTCMonth(), debut.getUTCDate() - 1));
  const [demandeDom, decisionDom, accordeeDom, foreignDomiciliation] = await Promise.all([
    db.domiciliation.create({ data: { ...domBase, usagerId: domDemande.id } }),
    db.domiciliation.create({ data: { ...domBase, usagerId: domADecider.id, entretienId: entretienDecision!.id } }),
    db.domiciliation.create({ data: { ...domBase, usagerId: domAccordee.id, status: "ACCORDEE", decisionLe: debut, debut, finValidite, finProposeeLe: today } }),
    db.domiciliation.create({ data: { ...domBase, structureId: w.b.id, usagerId: foreignDom.id, status: "ACCORDEE", decisionLe: debut, debut, finValidite } }),
  ]);
  const courrierBase = { recuLe: day(daysAgo(1)), expediteurType: "ADMINISTRATION" as const };
  const [courrier, foreignCourrier] = await Promise.all([
    db.courrierDomiciliation.create({ data: { ...courrierBase, structureId: w.a.id, domiciliationId: accordeeDom.id, enregistreParId: w.users.ts.id } }),
    db.courrierDomiciliation.create({ data: { ...courrierBase, structureId: w.b.id, domiciliationId: foreignDomiciliation.id, enregistreParId: w.users.otherTs.id } }),
  ]);
  // Documents: one in place, one deleted (restorable), and one of structure B.
  const docBase = { type: "AUTRE" as const, mime: "application/pdf", size: 1_024, sha256: "0".repeat(64) };
  const [document, deletedDocument, foreignDocument] = await Promise.all([
    db.document.create({ data: { ...docBase, structureId: w.a.id, usagerId: usager.id, name: "Avis d'imposition.pdf", storageKey: unique("doc"), uploadedById: w.users.ts.id } }),
    db.document.create({ data: { ...docBase, structureId: w.a.id, usagerId: usager.id, name: "Quittance.pdf", storageKey: unique("doc"), uploadedById: w.users.ts.id, deletedAt: new Date(), deletedById: w.users.ts.id } }),
    db.document.create({ data: { ...docBase, structureId: w.b.id, usagerId: foreignDom.id, name: "Voisin.pdf", storageKey: unique("doc"), uploadedById: w.users.otherTs.id } }),
  ]);
  // Courriers: a letter generated on the dossier, a template and an archived one, and the same in structure B.
  const letterBase = { source: "DOSSIER" as const, modeleInterne: "attestation-suivi", titre: "Attestation de suivi" };
  const [letter, foreignLetter] = await Promise.all([
    db.courrier.create({ data: { ...letterBase, structureId: w.a.id, usagerId: usager.id, sourceId: usager.id, createdById: w.users.ts.id } }),
    db.courrier.create({ data: { ...letterBase, structureId: w.b.id, usagerId: foreignDom.id, sourceId: foreignDom.id, createdById: w.users.otherTs.id } }),
  ]);
  const [modele, modeleArchive, foreignModele] = await Promise.all([
    db.courrierModele.create({ data: { structureId: w.a.id, nom: "Relance", source: "DOSSIER", createdById: w.users.responsable.id } }),
    db.courrierModele.create({ data: { structureId: w.a.id, nom: "Ancien modèle", source: "DOSSIER", createdById: w.users.responsable.id, archivedAt: new Date() } }),
    db.courrierModele.create({ data: { structureId: w.b.id, nom: "Relance", source: "DOSSIER", createdById: w.users.otherTs.id } }),
  ]);
  // Import: a job at its preview, one row, in each structure.
  const importJobOf = (structureId: string, createdById: string) => db.importJob.create({
    data: {
      structureId, createdById, kind: "usagers", fileName: "dossiers.csv", sheetName: "CSV", format: "csv", headers: ["Nom", "Prénom", "Date de naissance"],
      mapping: ["nom", "prenom", "dateNaissance"], groupChoices: { NEW: "CREATE", MATCH: "UPDATE_EMPTY", FILE_DUPLICATE: "SKIP", ERROR: "SKIP" }, totalRows: 2, status: "PREVIEW",
      // A workbook's second sheet: household members tied to the dossiers by name and birth date.
      sheets: [{ name: "Foyer", role: "foyer", headers: ["Nom du demandeur", "Prénom du demandeur", "Nom", "Prénom", "Né le", "Lien"], mapping: ["demandeurNom", "demandeurPrenom", "nom", "prenom", "dateNaissance", "lien"], totalRows: 1 }],
      rows: { create: [
        { position: 0, line: 2, cells: ["Importé", "Camille", "14/03/1985"], label: "Importé Camille", group: "NEW" },
        { position: 1, line: 2, sheet: 1, cells: ["Importé", "Camille", "Importé", "Noé", "01/02/2015", "Enfant"], label: "Importé Noé", group: "NEW" },
      ] },
    },
    include: { rows: { orderBy: { position: "asc" } } },
  });
  const [importJob, foreignImportJob] = await Promise.all([importJobOf(w.a.id, w.users.responsable.id), importJobOf(w.b.id, w.users.otherAdmin.id)]);
  // Transmissions: one by the TS on the dossier (still correctable), one in structure B.
  const [transmission, foreignTransmission] = await Promise.all([
    db.transmission.create({ data: { structureId: w.a.id, usagerId: usager.id, authorId: w.users.ts.id, texte: "Rappeler la CAF." } }),
    db.transmission.create({ data: { structureId: w.b.id, usagerId: foreignDom.id, authorId: w.users.otherTs.id, texte: "Voisin." } }),
  ]);
  // Tasks: one given by the RESPONSABLE to the TS, one in structure B.
  const [tache, foreignTache] = await Promise.all([
    db.tache.create({ data: { structureId: w.a.id, usagerId: usager.id, titre: "Rappeler la CAF", echeance: day(parisToday()), assigneeId: w.users.ts.id, createdById: w.users.responsable.id } }),
    db.tache.create({ data: { structureId: w.b.id, titre: "Préparer la commission", echeance: day(parisToday()), assigneeId: w.users.otherTs.id, createdById: w.users.otherTs.id } }),
  ]);
  // Absences and agenda feeds: the TS is away next month, replaced by TS2; the TS has a feed; the same in B.
  const inMonth = (n: number) => day(addDaysIso(parisToday(), n));
  const [absence, foreignAbsence, agendaFeed, foreignFeed] = await Promise.all([
    db.absence.create({ data: { structureId: w.a.id, userId: w.users.ts.id, remplacantId: w.users.ts2.id, debut: inMonth(30), fin: inMonth(34), createdById: w.users.ts.id } }),
    db.absence.create({ data: { structureId: w.b.id, userId: w.users.otherTs.id, remplacantId: w.users.otherTs.id, debut: inMonth(30), fin: inMonth(34), createdById: w.users.otherTs.id } }),
    db.agendaFeed.create({ data: { structureId: w.a.id, userId: w.users.ts.id, tokenHash: unique("hash-a"), label: "Téléphone" } }),
    db.agendaFeed.create({ data: { structureId: w.b.id, userId: w.users.otherTs.id, tokenHash: unique("hash-b"), label: "Téléphone" } }),
  ]);
  // The accueil: a walk-in permanence at the mairie de quartier all of today, one person waiting there; the same in B.
  const todayIso = parisToday();
  const walkIn = (structureId: string, siteId: string, travailleurId: string) => db.permanence.create({
    data: { structureId, siteId, travailleurId, jour: isoWeekday(todayIso), debut: "00:00", fin: "23:59", depuis: day(todayIso), sansRendezVous: true },
  });
  const mairieA = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  await Promise.all([walkIn(w.a.id, mairieA.id, w.users.ts.id), walkIn(w.b.id, w.b.sites[0]!.id, w.users.otherTs.id)]);
  const queued = (structureId: string, siteId: string, ajouteParId: string) => db.fileAttenteEntree.create({
    data: { structureId, siteId, jour: day(todayIso), ticket: 1, prenom: "Nadia", motif: "LOGEMENT", ajouteParId },
  });
  const [queueEntry, foreignQueueEntry] = await Promise.all([queued(w.a.id, mairieA.id, w.users.agent.id), queued(w.b.id, w.b.sites[0]!.id, w.users.otherTs.id)]);
  // Notifications: one for the TS (a mention on the dossier), one for the TS of structure B.
  const [notification, foreignNotification] = await Promise.all([
    db.notification.create({ data: { structureId: w.a.id, userId: w.users.ts.id, kind: "MENTION", usagerId: usager.id, title: "Mention", href: `/usagers/${usager.id}` } }),
    db.notification.create({ data: { structureId: w.b.id, userId: w.users.otherTs.id, kind: "TACHE_ASSIGNEE", title: "Tâche", href: "/a-faire" } }),
  ]);
  // Retention: a dossier without contact for 30 months, flagged for review.
  await db.retentionFlag.create({ data: { usagerId: inactif.id, structureId: w.a.id, dernierContactLe: new Date(Date.now() - 30 * 30 * 86_400_000) } });
  return {
    rendezVous, permanence, permanenceException, bookingFiche, atelier, inscription, atelierPasse, inscriptionPassee, inactif,
    dom: { demande: demandeDom, decision: decisionDom, accordee: accordeeDom, entretienDemande: entretienDemande!, usager: domADecider },
    courrier, document, deletedDocument, letter, modele, modeleArchive, importJob, importRow: importJob.rows[0]!, transmission, tache, queueEntry, notification, absence, agendaFeed,
    foreignFeatureIds: [
      foreignAbsence.id, foreignFeed.id, foreignTransmission.id, foreignTache.id, foreignQueueEntry.id, foreignNotification.id,
      foreignImportJob.id, foreignImportJob.rows[0]!.id,
      foreignRdv.id, foreignPerm.id, foreignAtelier.id, foreignInscription.id, foreignDomiciliation.id, foreignCourrier.id, foreignDocument.id,
      foreignLetter.id, foreignModele.id,
    ],
  };
}

const version = async (id: string) => (await db.accompagnement.findUniqueOrThrow({ where: { id } })).version;
const aideStamp = async (id: string) => (await db.aide.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const usagerForm = (patch: Record<string, unknown> = {}) => ({
  ...EMPTY_USAGER_FORM, nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", droitsOuverts: ["RSA"],
  foyer: [{ prenom: "Léa", nom: "Lefèvre", dateNaissance: "2015-03-01", lien: "ENFANT" }],
  budget: [{ membre: "", kind: "RESSOURCE", type: "RSA", montant: "635,71" }, { membre: "0", kind: "CHARGE", type: "LOYER", montant: "420" }],
  ...patch,
});
const partenaireForm = () => ({
  nom: "Service social de proximité", organisme: "Maison Nord Solidarités", categorie: "SERVICE_SOCIAL_DEPARTEMENT",
  adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "La Madeleine", telephone: "03 53 01 10 20",
  email: "ssp@nord.example", horaires: "Du lundi au vendredi", siteWeb: "https://nord.example", notes: "",
  permanences: [{ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "Mairie de Fives", modalites: "sur rendez-vous" }],
});
const tomorrow = () => new Date(Date.parse(`${parisToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export type ActionCase = {
  /** A payload valid for an allowed role (read at call time: version tokens are current). */
  payload: (fx: Fixture, actor: Actor) => Promise<Record<string, unknown>>;
  /** Who the bad-input suite acts as (a role allowed to succeed). */
  badInputAs: Exclude<MatrixRole, "SIGNED_OUT">;
};

const ACC = `lib/actions/accompagnements.ts`;
const AIDES = `lib/actions/aides.ts`;
const FICHES = `lib/actions/fiches.ts`;
const ORIENT = `lib/actions/orientations.ts`;
const TRANSMISSIONS = `lib/actions/transmissions.ts`;
const USAGERS = `lib/actions/usagers.ts`;
const USERS = `lib/actions/users.ts`;
const ANNUAIRE = `lib/actions/annuaire.ts`;
const AGENDA = `lib/actions/agenda.ts`;
const ATELIERS = `lib/actions/ateliers.ts`;
const COURRIER = `lib/actions/courrier.ts`;
const DOMICILIATION = `lib/actions/domiciliation.ts`;
const DOCUMENTS = "lib/actions/documents.ts";
const ACCUEIL = "lib/actions/accueil.ts";

const rdvVersion = async (id: string) => (await db.rendezVous.findUniqueOrThrow({ where: { id } })).version;
const atelierStamp = async (id: string) => (await db.atelier.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const domStamp = async (id: string) => (await db.domiciliation.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
/** Held at an address rather than a site: with a site, the address is not kept. */
const atelierForm = (animateurId: string) => ({
  titre: "Bien gérer son budget", theme: "BUDGET", debut: parisInDays(10), dureeMinutes: "120", siteId: "", adresse: "Salle des fêtes, 5 place du Marché",
  capacite: "12", listeAttente: true, animateurId, partenaireId: "", description: "Tenir un budget familial.",
});

/**
 * Gives the actor a fresh TOTP secret ("pending": enrolment awaiting its first code; "enabled":
 * switched on) and returns the current code of that secret.
 */
async function totpFor(actor: Actor, state: "pending" | "enabled") {
  const secret = newTotpSecret();
  const data = { secretEnc: encryptTotpSecret(secret), enabledAt: state === "enabled" ? new Date() : null, lastUsedStep: null };
  await db.totpRecoveryCode.deleteMany({ where: { userId: actor.id } });
  await db.userTotp.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
  return totpCodeAt(secret, new Date());
}

export const ACTION_CASES: Record<string, ActionCase> = {
  [`${TRANSMISSIONS}#createTransmissionAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, entretienId: "", aideId: "", orientationId: "", parentId: "", texte: "Madame a rappelé : voir la CAF.", mentions: [fx.users.ts2.id] }),
  },
  [`lib/actions/notifications.ts#markNotificationReadAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ notificationId: fx.notification.id }) },
  [`lib/actions/notifications.ts#openNotificationAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ notificationId: fx.notification.id }) },
  [`lib/actions/notifications.ts#markAllNotificationsReadAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({}) },
  [`lib/actions/notifications.ts#saveNotificationPreferencesAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ email: ["MENTION", "TACHE_ASSIGNEE"] }) },
  [`lib/actions/taches.ts#createTacheAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ titre: "Rappeler la CAF", echeance: tomorrow(), assigneeId: fx.users.ts2.id, usagerId: fx.usager.id }),
  },
  [`lib/actions/absences.ts#recordAbsenceAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ userId: "", debut: addDaysIso(parisToday(), 7), fin: addDaysIso(parisToday(), 9), remplacantId: fx.users.ts2.id }),
  },
  [`lib/actions/absences.ts#cancelAbsenceAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ absenceId: fx.absence.id }) },
  [`lib/actions/absences.ts#createAgendaFeedAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ label: "Thunderbird du bureau" }) },
  [`lib/actions/absences.ts#revokeAgendaFeedAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ feedId: fx.agendaFeed.id }) },
  [`lib/actions/taches.ts#changeTacheStatusAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ tacheId: fx.tache.id, status: "FAITE" }) },
  [`${TRANSMISSIONS}#editTransmissionAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ transmissionId: fx.transmission.id, texte: "Rappeler la CAF lundi." }) },
  // Public: the page of structure A is opened first (an idempotent upsert of its settings).
  ["lib/actions/signalement-public.ts#submitSignalementAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => {
      await openSignalementPage(fx.a);
      return publicPayload(fx.a, { personne: unique("Personne") });
    },
  },
  // ── Maraude: each call on a report of its own, in the status the step needs ──
  ["lib/actions/maraude.ts#changeSignalementStatusAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: (await makeSignalement(fx.a)).id, to: "EQUIPE_ENVOYEE", note: "Équipe du soir." }),
  },
  ["lib/actions/maraude.ts#linkSignalementAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: (await makeSignalement(fx.a, "RENCONTREE")).id, numeroDossier: fx.usager.numeroDossier }),
  },
  ["lib/actions/maraude.ts#createDossierFromSignalementAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: (await makeSignalement(fx.a, "RENCONTREE")).id, nom: unique("Nom"), prenom: "Marc", confirmNotDuplicate: true }),
  },
  ["lib/actions/maraude.ts#setMaraudeMemberAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ userId: fx.users.ts2.id, maraude: true }) },
  ["lib/actions/maraude.ts#updateSignalementSettingsAction"]: {
    badInputAs: "RESPONSABLE",
    payload: async () => ({ signalementActif: true, signalementCode: unique("ccas").toLowerCase(), signalementCommunes: "Lille\nLomme", signalementConservationMois: "3" }),
  },
  [`${USERS}#createUserAction`]: {
    badInputAs: "ADMIN",
    payload: async () => ({ firstName: "Camille", lastName: "Nouvelle", email: `${unique("compte")}@test.passerelle.fr`, role: "TRAVAILLEUR_SOCIAL", siteId: "", password: NEW_PASSWORD }),
  },
  [`${USERS}#updateUserAction`]: {
    badInputAs: "ADMIN",
    payload: async (fx) => ({ id: fx.targetUser.id, firstName: "Camille", lastName: "Renommée", role: "AGENT", siteId: fx.targetUser.siteId }),
  },
  [`${USERS}#setUserStatusAction`]: { badInputAs: "ADMIN", payload: async (fx) => ({ id: fx.targetUser.id, status: "DISABLED" }) },
  [`${USERS}#resetUserPasswordAction`]: { badInputAs: "ADMIN", payload: async (fx) => ({ id: fx.targetUser.id, password: NEW_PASSWORD }) },
  // The RESPONSABLE approves or refuses a fresh waiting account each call (decision 0070).
  [`lib/actions/account-approval.ts#approveAccountAction`]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ id: (await pendingAccount(fx.users.admin.id, fx.a)).id }) },
  [`lib/actions/account-approval.ts#refuseAccountAction`]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ id: (await pendingAccount(fx.users.admin.id, fx.a)).id }) },
  [`lib/actions/totp.ts#resetUserTotpAction`]: { badInputAs: "ADMIN", payload: async (fx) => ({ id: fx.targetUser.id }) },
  [`${ANNUAIRE}#createPartenaireAction`]: { badInputAs: "RESPONSABLE", payload: async () => partenaireForm() },
  [`${ANNUAIRE}#updatePartenaireAction`]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ ...partenaireForm(), id: fx.pmi.id }) },
  [`${ANNUAIRE}#setPartenaireActifAction`]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ id: fx.pmi.id, actif: false }) },
  [`${FICHES}#sendFicheAction`]: { badInputAs: "AGENT", payload: async () => ficheForm() },
  [`${FICHES}#receiveFicheAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ ficheId: fx.fiches.envoyee }) },
  [`${FICHES}#evaluateFicheAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ ficheId: fx.fiches.recue, evaluationNotes: "Premier contact par téléphone.", droitsNonOuverts: ["PRIME_ACTIVITE"] }),
  },
  [`${FICHES}#linkFicheAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ ficheId: fx.fiches.recue, usagerId: fx.usager.id }) },
  [`${FICHES}#createDossierFromFicheAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ ficheId: fx.fiches.recue, nom: "Petit", prenom: "Jeanne", dateNaissance: "1985-05-05", telephone: "06 12 34 56 78", email: "", adresse: "", quartier: "Fives", confirmNotDuplicate: true }),
  },
  [`${FICHES}#assignFicheAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ ficheId: fx.fiches.recue, assigneeId: fx.users.ts.id }) },
  [`${FICHES}#giveRdvAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ ficheId: fx.fiches.enCours, date: tomorrow(), heure: "10:00", lieu: "DOMICILE", lieuPrecision: "" }),
  },
  [`${FICHES}#reorientFicheAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ ficheId: fx.fiches.enCours, vers: "PMI de Fives" }) },
  [`${FICHES}#closeFicheAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ ficheId: fx.fiches.enCours, motif: "SITUATION_REGLEE" }) },
  [`lib/actions/settings.ts#updateRavSettingsAction`]: {
    badInputAs: "RESPONSABLE",
    payload: async () => ({ chargesRetenues: ["LOYER", "ENERGIE"], ucPremierAdulte: "1", ucAutrePersonne14: "0.5", ucEnfantMoins14: "0.3", partAdulte: "1", partEnfant: "0.5", partEnfantDesTroisieme: "1", orientationRelanceJours: "15", courrierRetourJours: "15" }),
  },
  [`${ACC}#openAccompagnementAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, type: "INDIVIDUEL", referentId: "", debut: "2026-02-01", finPrevue: "", demarre: false }),
  },
  [`${ACC}#updateAccompagnementAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.budget.id, version: await version(fx.budget.id), referentId: fx.users.ts.id, debut: "2026-01-05", finPrevue: "2026-12-31" }),
  },
  [`${ACC}#changeAccompagnementStatusAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.budget.id, version: await version(fx.budget.id), to: "SUSPENDU", motifCloture: "", precisionCloture: "" }),
  },
  [`${ACC}#savePlanAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.budget.id, version: await version(fx.budget.id), objectifs: [{ id: "", libelle: "Nouvel objectif", actions: [{ id: "", libelle: "Appeler EDF", echeance: "", porteur: "La personne", status: "A_FAIRE" }] }] }),
  },
  [`${ACC}#setPlanActionStatusAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.budget.id, version: await version(fx.budget.id), actionId: fx.actionId, status: "FAITE" }),
  },
  [`${ACC}#saveBudgetaireAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.budget.id, version: await version(fx.budget.id), surendettement: "DEPOSE", resteAVivreApresPlan: "", dettes: [{ creancier: "EDF Commerce", montant: "100", mensualite: "10" }] }),
  },
  [`${ACC}#saveLogementAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.logement.id, version: await version(fx.logement.id), impayes: "500", impayesMois: "2", numeroUnique: "", fslDossier: "", asll: "", etapes: [{ stade: "COMMANDEMENT_DE_PAYER", date: "2026-02-01" }] }),
  },
  [`${ACC}#saveErranceAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.errance.id, version: await version(fx.errance.id), lieuVie: "Rue", domiciliationOrganisme: "", domiciliationDebut: "", domiciliationFin: "", siaoDemandeLe: "", siaoStatut: "", contactsMaraude: [{ date: "2026-02-01", lieu: "Gare Lille-Flandres", observations: "" }] }),
  },
  [`${AIDES}#createAideAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, type: "EAU", objet: "Facture d'eau", montantDemande: "80", demandeLe: "2026-03-02", accompagnementId: "" }),
  },
  [`${AIDES}#updateAideAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.demandee.id, updatedAt: await aideStamp(fx.demandee.id), type: "ALIMENTAIRE", objet: "Colis", montantDemande: "160", demandeLe: "2026-03-02", accompagnementId: "" }),
  },
  [`${AIDES}#changeAideStatusAction`]: {
    badInputAs: "RESPONSABLE",
    payload: async (fx) => ({ id: fx.instruite.id, updatedAt: await aideStamp(fx.instruite.id), to: "ACCORDEE", commissionLe: "", decisionLe: "2026-03-10", montantAccorde: "150", motif: "" }),
  },
  [`${AIDES}#recordAidePaymentAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.accordee.id, updatedAt: await aideStamp(fx.accordee.id), modePaiement: "BON_OU_CARTE", payeLe: "2026-03-12" }),
  },
  [`lib/actions/diagnostics.ts#createDiagnosticAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => {
      const domaines = emptyDiagnosticDomaines();
      domaines[1] = { domaine: "BUDGET", situation: "Dettes d'énergie", besoins: "Plan d'apurement", priorite: "HAUTE" };
      return { usagerId: fx.usager.id, date: daysAgo(1), domaines, droitsNonOuverts: ["PRIME_ACTIVITE"], conclusion: "Accompagnement budgétaire proposé.", propositions: ["ACCOMPAGNEMENT"] };
    },
  },
  [`lib/actions/entretiens.ts#createEntretienAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({
      usagerId: fx.usager.id, date: dateToParisLocal(new Date(Date.now() - 3600_000)), dureeMinutes: "45", canal: "VISITE_A_DOMICILE",
      objets: ["BUDGET", "LOGEMENT"], objetPrecision: "", resume: "Point sur les impayés de loyer.", noteConfidentielle: "Note de l'auteur.",
      suites: "Rappeler le bailleur.", rappelLe: parisToday(), accompagnementId: "",
    }),
  },
  [`lib/actions/drafts.ts#saveDraftAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, form: "entretien", values: { resume: "Compte rendu en cours de saisie", objets: ["BUDGET"] } }),
  },
  [`lib/actions/drafts.ts#discardDraftAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ usagerId: fx.usager.id, form: "diagnostic" }) },
  [`lib/actions/entretiens.ts#markRappelFaitAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ entretienId: fx.entretien.id }) },
  [`${ORIENT}#createOrientationAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => orientationInput(fx.usager.id, fx.pmi.id) },
  [`${ORIENT}#changeOrientationStatusAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ orientationId: fx.orientation.id, to: "ACCUSEE", date: daysAgo(0), motifRefus: "" }),
  },
  [`${ORIENT}#recordOrientationRelanceAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ orientationId: fx.orientation.id, date: daysAgo(0) }) },
  [`${USAGERS}#createUsagerAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ ...usagerForm({ nom: "Nouvel", prenom: "Usager" }), confirmNotDuplicate: true }) },
  // The quick jump (Ctrl+K) searches as /usagers: structure A holds a Lefèvre, structure B none.
  ["lib/actions/journee.ts#searchDossiersToOpenAction"]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ q: "lefevre" }) },
  [`${USAGERS}#findDuplicatesAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ nom: "Lefèvre", prenom: "François", dateNaissance: "1980-01-01" }) },
  [`${USAGERS}#searchUsagersAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({ q: "Lefèvre", statut: "tous", referent: "tous" }) },
  [`${USAGERS}#updateUsagerAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => {
      const form: Record<string, unknown> = usagerForm();
      delete form.confirmNotDuplicate;
      return { ...form, id: fx.usager.id, version: (await db.usager.findUniqueOrThrow({ where: { id: fx.usager.id } })).version };
    },
  },
  [`${USAGERS}#addReferentAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    // A travailleur social adds themself; a RESPONSABLE assigns a colleague.
    payload: async (fx, actor) => ({ usagerId: fx.usager2.id, userId: actor.role === "TRAVAILLEUR_SOCIAL" ? actor.id : fx.users.ts.id }),
  },
  [`${USAGERS}#removeReferentAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx, actor) => ({ usagerId: fx.usager.id, userId: actor.role === "TRAVAILLEUR_SOCIAL" ? actor.id : fx.users.ts.id }),
  },
  [`${USAGERS}#setUsagerStatusAction`]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ usagerId: fx.usager.id, status: "ARCHIVE" }) },
  // ── Features added alongside issue #8 (the rest still needs its case) ──
  [`lib/actions/rgpd.ts#recordNoticeGivenAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, date: daysAgo(1) }),
  },
  [`lib/actions/settings.ts#updateRetentionSettingsAction`]: {
    badInputAs: "RESPONSABLE",
    payload: async () => ({ auditConservationMois: "12", inactiviteAnonymisationMois: "24", aidesRefuseesConservationMois: "24", anonymisationAutomatique: false, anonymisationDelaiGraceJours: "30" }),
  },
  [`lib/actions/dashboard.ts#reassignDossiersAction`]: {
    badInputAs: "RESPONSABLE",
    payload: async (fx) => ({ fromUserId: fx.users.ts.id, toUserId: fx.users.ts2.id, portee: "choix", usagerIds: [fx.usager.id] }),
  },
  // ── TOTP: the code comes from the calling actor's own secret, set up here (before the checksum) ──
  ["lib/actions/totp.ts#confirmTotpAction"]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (_fx, actor) => ({ code: await totpFor(actor, "pending") }) },
  ["lib/actions/totp.ts#disableTotpAction"]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (_fx, actor) => ({ code: await totpFor(actor, "enabled") }) },
  // ── Agenda ──
  [`${AGENDA}#createRendezVousAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager.id, travailleurId: fx.users.ts2.id, kind: "TELEPHONE", siteId: "", date: ahead(4), debut: "10:00", fin: "10:30", lieuPrecision: "", objet: "Point budget", rappelConsenti: false }),
  },
  [`${AGENDA}#moveRendezVousAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ rendezVousId: fx.rendezVous.id, version: await rdvVersion(fx.rendezVous.id), date: ahead(5), debut: "11:00", fin: "11:30" }),
  },
  [`${AGENDA}#setRendezVousStatusAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ rendezVousId: fx.rendezVous.id, version: await rdvVersion(fx.rendezVous.id), status: "EXCUSE" }),
  },
  [`${AGENDA}#createPermanenceAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    // A travailleur social sets up their own permanence; a RESPONSABLE a colleague's.
    payload: async (fx, actor) => ({
      travailleurId: actor.role === "TRAVAILLEUR_SOCIAL" ? actor.id : fx.users.ts.id, siteId: fx.a.sites[0]!.id, jour: "3", debut: "09:00", fin: "12:00",
      dureeCreneauMinutes: "30", depuis: parisToday(), jusquau: "",
    }),
  },
  [`${AGENDA}#closePermanenceAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ permanenceId: fx.permanence.id }) },
  [`${AGENDA}#addPermanenceExceptionAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ permanenceId: fx.permanence.id, date: ahead(30), motif: "Congés" }),
  },
  [`${AGENDA}#removePermanenceExceptionAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ exceptionId: fx.permanenceException.id }) },
  [`${AGENDA}#bookPermanenceSlotAction`]: {
    badInputAs: "AGENT",
    payload: async (fx) => {
      const slots = (await listBookableSlots(fx.actors.RESPONSABLE)).find((p) => p.permanenceId === fx.permanence.id)!.slots;
      return { ficheId: fx.bookingFiche.id, permanenceId: fx.permanence.id, debut: slots.find((sl) => sl.libre)!.debut.toISOString(), rappelConsenti: true };
    },
  },
  // ── Ateliers ──
  [`${ATELIERS}#createAtelierAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx, actor) => atelierForm(actor.structureId === fx.b.id ? fx.users.otherTs.id : fx.users.ts.id) },
  [`${ATELIERS}#updateAtelierAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ ...atelierForm(fx.users.ts.id), id: fx.atelier.id, updatedAt: await atelierStamp(fx.atelier.id) }),
  },
  [`${ATELIERS}#changeAtelierStatusAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.atelier.id, updatedAt: await atelierStamp(fx.atelier.id), to: "ANNULE" }),
  },
  [`${ATELIERS}#inscrireUsagerAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ atelierId: fx.atelier.id, usagerId: fx.usager2.id }) },
  [`${ATELIERS}#desinscrireUsagerAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ inscriptionId: fx.inscription.id }) },
  [`${ATELIERS}#enregistrerPresencesAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ atelierId: fx.atelierPasse.id, presences: [{ inscriptionId: fx.inscriptionPassee.id, presence: "PRESENT" }] }),
  },
  // ── Domiciliation and its mail register ──
  [`${DOMICILIATION}#requestDomiciliationAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ usagerId: fx.usager2.id, demandeLe: daysAgo(1), accuseReceptionLe: daysAgo(0), liens: ["SEJOUR"], lienPrecision: "Hébergé chez un tiers", membresCouverts: [], accompagnementId: "" }),
  },
  [`${DOMICILIATION}#linkDomiciliationEntretienAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.dom.demande.id, updatedAt: await domStamp(fx.dom.demande.id), entretienId: fx.dom.entretienDemande.id }),
  },
  [`${DOMICILIATION}#decideDomiciliationAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.dom.decision.id, updatedAt: await domStamp(fx.dom.decision.id), decision: "REFUSEE", decisionLe: daysAgo(0), debut: "", motifRefus: "DOMICILE_STABLE", motifRefusTexte: "Hébergée durablement par sa sœur." }),
  },
  [`${DOMICILIATION}#renewDomiciliationAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.dom.accordee.id, updatedAt: await domStamp(fx.dom.accordee.id), renouveleeLe: daysAgo(0) }),
  },
  [`${DOMICILIATION}#endDomiciliationAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.dom.accordee.id, updatedAt: await domStamp(fx.dom.accordee.id), finLe: daysAgo(0), motifFin: "LOGEMENT_STABLE", finPrecision: "Relogée par le bailleur social." }),
  },
  [`${DOMICILIATION}#keepDomiciliationAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.dom.accordee.id, updatedAt: await domStamp(fx.dom.accordee.id) }),
  },
  [`${COURRIER}#receiveCourrierAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ domiciliationId: fx.dom.accordee.id, recuLe: daysAgo(0), expediteurType: "ORGANISME_SOCIAL", recommande: false }),
  },
  [`${COURRIER}#handOverCourrierAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ id: fx.courrier.id, remisLe: daysAgo(0), signatureRecue: true }) },
  [`${COURRIER}#returnCourrierAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ id: fx.courrier.id, retourneLe: daysAgo(0) }) },
  // ── Accueil (issue 22): the desk of the agent's site (the mairie de quartier) ──
  [`${ACCUEIL}#recordPassageAction`]: {
    badInputAs: "AGENT",
    payload: async (fx) => ({
      siteId: fx.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!.id, usagerId: fx.usager.id, prenom: "", sexe: "", trancheAge: "",
      motifs: ["ACCES_AUX_DROITS", "INFORMATION"], reponse: "ORIENTATION_PARTENAIRE", partenaireId: fx.pmi.id, survenuLe: dateToParisLocal(new Date()),
    }),
  },
  [`${ACCUEIL}#addToQueueAction`]: {
    badInputAs: "AGENT",
    payload: async (fx) => ({ siteId: fx.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!.id, usagerId: fx.usager.id, prenom: "", motif: "AIDE_FINANCIERE" }),
  },
  [`${ACCUEIL}#takeFromQueueAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ id: fx.queueEntry.id }) },
  [`${ACCUEIL}#leaveQueueAction`]: { badInputAs: "AGENT", payload: async (fx) => ({ id: fx.queueEntry.id, issue: "REORIENTE", orientationPrecision: "CAF, accueil du lundi matin" }) },
  // ── Documents ──
  [`${DOCUMENTS}#renameDocumentAction`]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ id: fx.document.id, name: "Avis 2025", updatedAt: (await db.document.findUniqueOrThrow({ where: { id: fx.document.id } })).updatedAt.toISOString() }),
  },
  [`${DOCUMENTS}#deleteDocumentAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ id: fx.document.id }) },
  [`${DOCUMENTS}#restoreDocumentAction`]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async (fx) => ({ id: fx.deletedDocument.id }) },
  // ── Courriers ──
  ["lib/actions/courriers.ts#generateCourrierAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ source: "RENDEZ_VOUS", sourceId: fx.rendezVous.id, modele: "convocation", piecesAApporter: "Pièce d'identité\nAvis d'imposition" }),
  },
  ["lib/actions/courriers.ts#recordCourrierEnvoiAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ courrierId: fx.letter.id, mode: "REMIS_EN_MAIN_PROPRE", le: daysAgo(0), recommande: false }),
  },
  ["lib/actions/courriers.ts#saveLetterheadAction"]: {
    badInputAs: "RESPONSABLE",
    payload: async () => ({
      nom: "CCAS de Lille", adresse: "Hôtel de Ville, place Augustin Laurent", codePostal: "59000", commune: "Lille", telephone: "03 20 49 50 50",
      email: "ccas@lille.example", signataireNom: "Martine Leroy", signataireFonction: "Directrice", tribunalAdministratif: "Tribunal administratif de Lille",
      reglementAides: "du règlement des aides facultatives",
    }),
  },
  ["lib/actions/courriers.ts#removeLogoAction"]: { badInputAs: "RESPONSABLE", payload: async () => ({}) },
  ["lib/actions/courriers.ts#archiveCourrierModeleAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ id: fx.modele.id }) },
  ["lib/actions/courriers.ts#restoreCourrierModeleAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ id: fx.modeleArchive.id }) },
  // ── Import of spreadsheets ──
  ["lib/actions/import.ts#saveImportMappingAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id, columns: ["nom", "prenom", "dateNaissance"], saveForNext: true }) },
  ["lib/actions/import.ts#saveImportSheetMappingAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id, sheet: 1, role: "foyer", columns: ["demandeurNom", "demandeurPrenom", "nom", "prenom", "dateNaissance", "lien"] }) },
  ["lib/actions/import.ts#setImportGroupChoicesAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id, NEW: "CREATE", MATCH: "UPDATE_OVERWRITE", FILE_DUPLICATE: "SKIP" }) },
  ["lib/actions/import.ts#setImportRowChoiceAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id, rowId: fx.importRow.id, choice: "SKIP" }) },
  ["lib/actions/import.ts#startImportAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id }) },
  ["lib/actions/import.ts#cancelImportAction"]: { badInputAs: "RESPONSABLE", payload: async (fx) => ({ jobId: fx.importJob.id }) },
  // ── Retention review ──
  [`lib/actions/retention.ts#refreshRetentionReviewAction`]: { badInputAs: "RESPONSABLE", payload: async () => ({}) },
  [`lib/actions/retention.ts#confirmAnonymisationAction`]: {
    badInputAs: "RESPONSABLE",
    payload: async (fx) => ({ usagerIds: [fx.inactif.id], confirme: true }),
  },
  // Sign-in (decision 0022): anyone may sign in; the code step needs the proof of step one.
  ["lib/actions/auth.ts#signInAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => ({ email: fx.actors.TRAVAILLEUR_SOCIAL.email, password: TEST_PASSWORD }),
  },
  ["lib/actions/auth.ts#signInCodeAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async (fx) => {
      const ts = fx.actors.TRAVAILLEUR_SOCIAL;
      const code = await totpFor(ts, "enabled");
      const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: ts.id }, select: { passwordHash: true } });
      setPendingSecondFactor({ userId: ts.id, stamp: passwordStamp(passwordHash) });
      return { code };
    },
  },
  ["lib/actions/auth.ts#cancelSignInCodeAction"]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({}) },
  ["lib/actions/auth.ts#signOutAction"]: { badInputAs: "TRAVAILLEUR_SOCIAL", payload: async () => ({}) },
  // Issue 20: no provider is configured in the Vitest run; the password stays open.
  ["lib/actions/settings.ts#updateSignInSettingsAction"]: { badInputAs: "ADMIN", payload: async () => ({ oidcProviders: [], passwordSignIn: true }) },
  ["lib/actions/auth.ts#changeOwnPasswordAction"]: {
    badInputAs: "TRAVAILLEUR_SOCIAL",
    payload: async () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmation: NEW_PASSWORD }),
  },
};

/** The actor of each matrix role in the fixture (TS of structure A, OTHER_TS of B). */
export function actorFor(fx: Fixture, role: Exclude<MatrixRole, "SIGNED_OUT">): Actor {
  return fx.actors[role];
}
