// Every scope of lib/auth/scopes with its SQL twin, the table it reads and the column that names a
// row: the unit test (tests/unit/scopes.test.ts) renders both forms for each role, the integration
// test (tests/integration/scopes-sql.test.ts) runs both on the database and compares the rows.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScope, accompagnementScopeSql, contactMaraudeScope, contactMaraudeScopeSql, detteScope, detteScopeSql, etapeExpulsionScope, etapeExpulsionScopeSql, planActionScope, planActionScopeSql, planObjectifScope, planObjectifScopeSql } from "@/lib/auth/scopes/accompagnement";
import { aideScope, aideScopeSql, aideWorklistScope, aideWorklistScopeSql } from "@/lib/auth/scopes/aide";
import { atelierInscriptionScope, atelierInscriptionScopeSql, atelierScope, atelierScopeSql } from "@/lib/auth/scopes/atelier";
import { auditScope, auditScopeSql, ownDossierOpeningsScope, ownDossierOpeningsScopeSql } from "@/lib/auth/scopes/audit";
import { courrierGenereScope, courrierGenereScopeSql, courrierModeleScope, courrierModeleScopeSql } from "@/lib/auth/scopes/courrier-genere";
import { courrierDomiciliationScope, courrierDomiciliationScopeSql, courrierScope, courrierScopeSql } from "@/lib/auth/scopes/courrier";
import { diagnosticScope, diagnosticScopeSql } from "@/lib/auth/scopes/diagnostic";
import { documentScope, documentScopeSql } from "@/lib/auth/scopes/document";
import { domiciliationScope, domiciliationScopeSql } from "@/lib/auth/scopes/domiciliation";
import { confidentialNoteScope, confidentialNoteScopeSql, entretienScope, entretienScopeSql } from "@/lib/auth/scopes/entretien";
import { ficheAgentScope, ficheAgentScopeSql, ficheCcasScope, ficheCcasScopeSql, ficheScope, ficheScopeSql } from "@/lib/auth/scopes/fiche";
import { importJobScope, importJobScopeSql, importMappingScope, importMappingScopeSql, importRowScope, importRowScopeSql, importTargetScope, importTargetScopeSql } from "@/lib/auth/scopes/import";
import { jobRunScope, jobRunScopeSql } from "@/lib/auth/scopes/job-run";
import { draftScope, draftScopeSql } from "@/lib/auth/scopes/draft";
import { orientationEventScope, orientationEventScopeSql, orientationScope, orientationScopeSql } from "@/lib/auth/scopes/orientation";
import { partenaireScope, partenaireScopeSql } from "@/lib/auth/scopes/partenaire";
import { permanenceBookingScope, permanenceBookingScopeSql, permanenceExceptionScope, permanenceExceptionScopeSql, permanenceScope, permanenceScopeSql } from "@/lib/auth/scopes/permanence";
import { rendezVousScope, rendezVousScopeSql } from "@/lib/auth/scopes/rendez-vous";
import { retentionFlagScope, retentionFlagScopeSql } from "@/lib/auth/scopes/retention";
import { signalementEventScope, signalementEventScopeSql, signalementScope, signalementScopeSql } from "@/lib/auth/scopes/signalement";
import { siteScope, siteScopeSql } from "@/lib/auth/scopes/site";
import { structureSettingsScope, structureSettingsScopeSql } from "@/lib/auth/scopes/structure-settings";
import { notificationPreferenceScope, notificationPreferenceScopeSql, notificationScope, notificationScopeSql } from "@/lib/auth/scopes/notification";
import { tacheScope, tacheScopeSql } from "@/lib/auth/scopes/tache";
import { absenceScope, absenceScopeSql, agendaFeedScope, agendaFeedScopeSql } from "@/lib/auth/scopes/absence";
import { transmissionMentionScope, transmissionMentionScopeSql, transmissionScope, transmissionScopeSql } from "@/lib/auth/scopes/transmission";
import { usagerIdentityScope, usagerIdentityScopeSql, usagerReferentScope, usagerReferentScopeSql, usagerScope, usagerScopeSql } from "@/lib/auth/scopes/usager";
import { passageScope, passageScopeSql } from "@/lib/auth/scopes/passage";
import { fileAttenteScope, fileAttenteScopeSql } from "@/lib/auth/scopes/file-attente";
import { approvalScope, approvalScopeSql, colleagueScope, colleagueScopeSql, userScope, userScopeSql, workerScope, workerScopeSql } from "@/lib/auth/scopes/user";

/** The kind of the actor's site matters to the mail register only: the tests give a Maison des Solidarités. */
export const MDS = "MAISON_DES_SOLIDARITES";

export type ScopeCase = {
  /** The Prisma client delegate (db[model]) and the SQL table it maps to. */
  model: string;
  table: string;
  /** The column naming a row (most have id; a few are keyed otherwise). */
  key: string;
  prisma: (actor: Actor) => unknown;
  sql: (actor: Actor, alias: string) => Prisma.Sql;
};

const c = (model: string, table: string, prisma: ScopeCase["prisma"], sql: ScopeCase["sql"], key = "id"): ScopeCase => ({ model, table, key, prisma, sql });

export const SCOPES: Record<string, ScopeCase> = {
  usager: c("usager", "Usager", usagerScope, usagerScopeSql),
  usagerReferent: c("usagerReferent", "UsagerReferent", usagerReferentScope, usagerReferentScopeSql, "usagerId"),
  entretien: c("entretien", "Entretien", entretienScope, entretienScopeSql),
  confidentialNote: c("entretien", "Entretien", confidentialNoteScope, confidentialNoteScopeSql),
  diagnostic: c("diagnostic", "Diagnostic", diagnosticScope, diagnosticScopeSql),
  accompagnement: c("accompagnement", "Accompagnement", accompagnementScope, accompagnementScopeSql),
  planObjectif: c("planObjectif", "PlanObjectif", planObjectifScope, planObjectifScopeSql),
  planAction: c("planAction", "PlanAction", planActionScope, planActionScopeSql),
  dette: c("dette", "Dette", detteScope, detteScopeSql),
  etapeExpulsion: c("etapeExpulsion", "EtapeExpulsion", etapeExpulsionScope, etapeExpulsionScopeSql),
  contactMaraude: c("contactMaraude", "ContactMaraude", contactMaraudeScope, contactMaraudeScopeSql),
  aide: c("aide", "Aide", aideScope, aideScopeSql),
  aideWorklist: c("aide", "Aide", aideWorklistScope, aideWorklistScopeSql),
  ficheAgent: c("ficheLiaison", "FicheLiaison", ficheAgentScope, ficheAgentScopeSql),
  ficheCcas: c("ficheLiaison", "FicheLiaison", ficheCcasScope, ficheCcasScopeSql),
  fiche: c("ficheLiaison", "FicheLiaison", ficheScope, ficheScopeSql),
  orientation: c("orientation", "Orientation", orientationScope, orientationScopeSql),
  orientationEvent: c("orientationEvent", "OrientationEvent", orientationEventScope, orientationEventScopeSql),
  partenaire: c("partenaire", "Partenaire", partenaireScope, partenaireScopeSql),
  user: c("user", "User", userScope, userScopeSql),
  colleague: c("user", "User", colleagueScope, colleagueScopeSql),
  worker: c("user", "User", workerScope, workerScopeSql),
  approval: c("user", "User", approvalScope, approvalScopeSql),
  site: c("site", "Site", siteScope, siteScopeSql),
  audit: c("auditLog", "AuditLog", auditScope, auditScopeSql),
  ownDossierOpenings: c("auditLog", "AuditLog", ownDossierOpeningsScope, ownDossierOpeningsScopeSql),
  rendezVous: c("rendezVous", "RendezVous", rendezVousScope, rendezVousScopeSql),
  permanence: c("permanence", "Permanence", permanenceScope, permanenceScopeSql),
  permanenceBooking: c("permanence", "Permanence", permanenceBookingScope, permanenceBookingScopeSql),
  permanenceException: c("permanenceException", "PermanenceException", permanenceExceptionScope, permanenceExceptionScopeSql),
  atelier: c("atelier", "Atelier", atelierScope, atelierScopeSql),
  atelierInscription: c("atelierInscription", "AtelierInscription", atelierInscriptionScope, atelierInscriptionScopeSql),
  domiciliation: c("domiciliation", "Domiciliation", domiciliationScope, domiciliationScopeSql),
  courrier: c("courrierDomiciliation", "CourrierDomiciliation", (a) => courrierScope(a, MDS), (a, alias) => courrierScopeSql(a, MDS, alias)),
  courrierDomiciliation: c("domiciliation", "Domiciliation", (a) => courrierDomiciliationScope(a, MDS), (a, alias) => courrierDomiciliationScopeSql(a, MDS, alias)),
  document: c("document", "Document", documentScope, documentScopeSql),
  retentionFlag: c("retentionFlag", "RetentionFlag", retentionFlagScope, retentionFlagScopeSql, "usagerId"),
  structureSettings: c("structureSettings", "StructureSettings", structureSettingsScope, structureSettingsScopeSql, "structureId"),
  jobRun: c("jobRun", "JobRun", jobRunScope, jobRunScopeSql),
  draft: c("draft", "Draft", draftScope, draftScopeSql),
  courrierGenere: c("courrier", "Courrier", courrierGenereScope, courrierGenereScopeSql),
  courrierModele: c("courrierModele", "CourrierModele", courrierModeleScope, courrierModeleScopeSql),
  importJob: c("importJob", "ImportJob", importJobScope, importJobScopeSql),
  importRow: c("importRow", "ImportRow", importRowScope, importRowScopeSql),
  importMapping: c("importMapping", "ImportMapping", importMappingScope, importMappingScopeSql),
  importTarget: c("usager", "Usager", importTargetScope, importTargetScopeSql),
  notification: c("notification", "Notification", notificationScope, notificationScopeSql),
  notificationPreference: c("notificationPreference", "NotificationPreference", notificationPreferenceScope, notificationPreferenceScopeSql, "userId"),
  tache: c("tache", "Tache", tacheScope, tacheScopeSql),
  absence: c("absence", "Absence", absenceScope, absenceScopeSql),
  agendaFeed: c("agendaFeed", "AgendaFeed", agendaFeedScope, agendaFeedScopeSql),
  transmission: c("transmission", "Transmission", transmissionScope, transmissionScopeSql),
  transmissionMention: c("transmissionMention", "TransmissionMention", transmissionMentionScope, transmissionMentionScopeSql, "transmissionId"),
  signalement: c("signalement", "Signalement", signalementScope, signalementScopeSql),
  signalementEvent: c("signalementEvent", "SignalementEvent", signalementEventScope, signalementEventScopeSql),
  usagerIdentity: c("usager", "Usager", usagerIdentityScope, usagerIdentityScopeSql),
  passage: c("passage", "Passage", passageScope, passageScopeSql),
  fileAttente: c("fileAttenteEntree", "FileAttenteEntree", fileAttenteScope, fileAttenteScopeSql),
};
