// Per action, what the bad-input suite must know beyond the valid payload. `optional`: fields
// that may be left out (a zod default), as paths ("foyer.0.nom"). `read`: the action only reads,
// so an accepted odd query is fine as long as nothing is written. `secret`: fields never stored
// as typed (passwords): accepted text must NOT be found in the database. `noInput`: the action
// takes no payload (a button): whatever is sent is ignored, so it may succeed, but must neither
// fail unexpectedly nor touch another structure. `countsAttempt`: tables a refusal may change
// because the refused guess is counted (the lockout counter on the account).
export const BAD_INPUT_OPTIONS: Record<string, { optional?: string[]; read?: boolean; secret?: string[]; noInput?: boolean; countsAttempt?: string[] }> = {
  // A date of birth known exactly unless said otherwise (issue 18: year only, or unknown).
  "lib/actions/usagers.ts#createUsagerAction": { optional: ["confirmNotDuplicate", "dateNaissancePrecision", "anneeNaissance"] },
  "lib/actions/usagers.ts#updateUsagerAction": { optional: ["dateNaissancePrecision", "anneeNaissance"] },
  "lib/actions/usagers.ts#findDuplicatesAction": { read: true },
  "lib/actions/journee.ts#searchDossiersToOpenAction": { read: true },
  // Every field may be left out (an empty search, no filter) and an odd value is dropped, not refused.
  "lib/actions/usagers.ts#searchUsagersAction": { read: true, optional: ["q", "referent", "quartier", "statut", "sansContact", "accompagnement", "site", "tranche", "menage", "creeDu", "creeAu", "actifDu", "actifAu", "ageAu", "tri", "ordre", "taille"] },
  "lib/actions/fiches.ts#createDossierFromFicheAction": { optional: ["confirmNotDuplicate"] },
  "lib/actions/maraude.ts#createDossierFromSignalementAction": { optional: ["confirmNotDuplicate"] },
  // An unticked box is left out of a plain form post.
  "lib/actions/maraude.ts#updateSignalementSettingsAction": { optional: ["signalementActif"] },
  "lib/actions/accompagnements.ts#openAccompagnementAction": { optional: ["demarre"] },
  // A refused sign-in is counted (lockout, per-e-mail and per-address limits) and audited.
  "lib/actions/auth.ts#signInAction": { secret: ["password"], optional: ["callbackUrl"], countsAttempt: ["User", "AuditLog", "RateLimit"] },
  "lib/actions/auth.ts#signInCodeAction": { optional: ["callbackUrl"], countsAttempt: ["User", "AuditLog", "RateLimit"] },
  "lib/actions/auth.ts#cancelSignInCodeAction": { noInput: true },
  "lib/actions/auth.ts#signOutAction": { noInput: true },
  // Unticked checkboxes are left out of a plain form post.
  "lib/actions/settings.ts#updateSignInSettingsAction": { optional: ["oidcProviders", "passwordSignIn"] },
  // Not asked for a social account (a responsable hands an activation code, decision 0070).
  "lib/actions/users.ts#createUserAction": { secret: ["password"], optional: ["password"] },
  "lib/actions/users.ts#resetUserPasswordAction": { secret: ["password"] },
  // A wrong current password counts toward the lockout (issue 23, finding 7): User changes.
  "lib/actions/auth.ts#changeOwnPasswordAction": { secret: ["currentPassword", "newPassword", "confirmation"], countsAttempt: ["User"] },
  "lib/actions/settings.ts#updateRavSettingsAction": { optional: ["courrierRetourJours"] },
  // An unticked checkbox is left out of a plain form post.
  "lib/actions/settings.ts#updateRetentionSettingsAction": { optional: ["anonymisationAutomatique"] },
  "lib/actions/retention.ts#refreshRetentionReviewAction": { noInput: true },
  // An unticked group of checkboxes sends nothing.
  "lib/actions/domiciliation.ts#requestDomiciliationAction": { optional: ["membresCouverts"] },
  "lib/actions/agenda.ts#createRendezVousAction": { optional: ["rappelConsenti"] },
  "lib/actions/agenda.ts#createPermanenceAction": { optional: ["sansRendezVous"] },
  // Only a redirection (REORIENTE) keeps where to; a departure ignores it.
  "lib/actions/accueil.ts#leaveQueueAction": { optional: ["orientationPrecision"] },
  "lib/actions/agenda.ts#bookPermanenceSlotAction": { optional: ["rappelConsenti"] },
  // Left out, the convocation lists the usual documents to bring.
  "lib/actions/courriers.ts#generateCourrierAction": { optional: ["piecesAApporter"] },
  "lib/actions/courriers.ts#recordCourrierEnvoiAction": { optional: ["recommande"] },
  "lib/actions/courriers.ts#removeLogoAction": { noInput: true },
  // An unticked box is left out of a plain form post.
  "lib/actions/import.ts#saveImportMappingAction": { optional: ["saveForNext"] },
  // On the dossier itself, not a reply, nobody mentioned (no box ticked sends nothing).
  "lib/actions/notifications.ts#markAllNotificationsReadAction": { noInput: true },
  // One's own absence: no member named.
  "lib/actions/absences.ts#recordAbsenceAction": { optional: ["userId"] },
  // A task about no dossier.
  "lib/actions/taches.ts#createTacheAction": { optional: ["usagerId"] },
  "lib/actions/transmissions.ts#createTransmissionAction": { optional: ["entretienId", "aideId", "orientationId", "parentId", "mentions"] },
};
