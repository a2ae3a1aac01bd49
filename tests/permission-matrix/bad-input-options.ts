// Per action, what the bad-input suite must know beyond the valid payload. `optional`: fields
// that may be left out (a zod default), as paths ("foyer.0.nom"). `read`: the action only reads,
// so an accepted odd query is fine as long as nothing is written. `secret`: fields never stored
// as typed (passwords): accepted text must NOT be found in the database. `noInput`: the action
// takes no payload (a button): whatever is sent is ignored, so it may succeed, but must neither
// fail unexpectedly nor touch another structure.
export const BAD_INPUT_OPTIONS: Record<string, { optional?: string[]; read?: boolean; secret?: string[]; noInput?: boolean }> = {
  "app/(app)/usagers/actions.ts#createUsagerAction": { optional: ["confirmNotDuplicate"] },
  "app/(app)/usagers/actions.ts#findDuplicatesAction": { read: true },
  "app/(app)/fiches-liaison/actions.ts#createDossierFromFicheAction": { optional: ["confirmNotDuplicate"] },
  "app/(app)/usagers/[id]/accompagnements/actions.ts#openAccompagnementAction": { optional: ["demarre"] },
  "app/(app)/admin/utilisateurs/actions.ts#createUserAction": { secret: ["password"] },
  "app/(app)/admin/utilisateurs/actions.ts#resetUserPasswordAction": { secret: ["password"] },
  "app/(auth)/changer-mot-de-passe/actions.ts#changeOwnPasswordAction": { secret: ["currentPassword", "newPassword", "confirmation"] },
  "app/(app)/parametres/actions.ts#updateRavSettingsAction": { optional: ["courrierRetourJours"] },
  // An unticked checkbox is left out of a plain form post.
  "app/(app)/parametres/actions.ts#updateRetentionSettingsAction": { optional: ["anonymisationAutomatique"] },
  "app/(app)/parametres/conservation/actions.ts#refreshRetentionReviewAction": { noInput: true },
  // An unticked group of checkboxes sends nothing.
  "app/(app)/usagers/[id]/domiciliation/actions.ts#requestDomiciliationAction": { optional: ["membresCouverts"] },
  "app/(app)/agenda/actions.ts#createRendezVousAction": { optional: ["rappelConsenti"] },
  "app/(app)/agenda/actions.ts#bookPermanenceSlotAction": { optional: ["rappelConsenti"] },
};
