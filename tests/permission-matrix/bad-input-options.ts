// Per action, what the bad-input suite must know beyond the valid payload. `optional`: fields
// that may be left out (a zod default), as paths ("foyer.0.nom"). `read`: the action only reads,
// so an accepted odd query is fine as long as nothing is written. `secret`: fields never stored
// as typed (passwords): accepted text must NOT be found in the database.
export const BAD_INPUT_OPTIONS: Record<string, { optional?: string[]; read?: boolean; secret?: string[] }> = {
  "app/(app)/usagers/actions.ts#createUsagerAction": { optional: ["confirmNotDuplicate"] },
  "app/(app)/usagers/actions.ts#findDuplicatesAction": { read: true },
  "app/(app)/fiches-liaison/actions.ts#createDossierFromFicheAction": { optional: ["confirmNotDuplicate"] },
  "app/(app)/usagers/[id]/accompagnements/actions.ts#openAccompagnementAction": { optional: ["demarre"] },
  "app/(app)/admin/utilisateurs/actions.ts#createUserAction": { secret: ["password"] },
  "app/(app)/admin/utilisateurs/actions.ts#resetUserPasswordAction": { secret: ["password"] },
  "app/(auth)/changer-mot-de-passe/actions.ts#changeOwnPasswordAction": { secret: ["currentPassword", "newPassword", "confirmation"] },
};
