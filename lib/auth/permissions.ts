// Pure rules: synchronous, type-only imports, deny by default. The same rule builds the
// navigation and guards the server; tests/unit/permissions.test.ts checks every role on each.
import type { Actor, Role } from "./actor";

type Owned = { structureId: string };

const SOCIAL_ROLES: readonly Role[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"];
const isSocial = (actor: Actor) => SOCIAL_ROLES.includes(actor.role);
const sameStructure = (actor: Actor, target: Owned) => actor.structureId === target.structureId;

// --- Accounts (ADMIN only: no social content) -------------------------------------------------
export const canManageUsers = (actor: Actor) => actor.role === "ADMIN";
export const canManageUser = (actor: Actor, target: Owned) =>
  canManageUsers(actor) && sameStructure(actor, target);

// --- Usagers (dossier social: professional secrecy, TS and RESPONSABLE only) -----------------
export const canListUsagers = (actor: Actor) => isSocial(actor);
export const canCreateUsager = (actor: Actor) => isSocial(actor);
export const canViewUsager = (actor: Actor, usager: Owned) =>
  isSocial(actor) && sameStructure(actor, usager);
export const canEditUsager = canViewUsager;
export const canArchiveUsager = (actor: Actor, usager: Owned) =>
  actor.role === "RESPONSABLE" && sameStructure(actor, usager);
/** A RESPONSABLE assigns anyone; a travailleur social only adds or removes themself. */
export const canChangeReferent = (actor: Actor, usager: Owned, referentId: string) =>
  canViewUsager(actor, usager) && (actor.role === "RESPONSABLE" || actor.id === referentId);

// --- Settings of the structure (reste à vivre weights, charge lists) -------------------------
export const canEditStructureSettings = (actor: Actor) => actor.role === "RESPONSABLE";

// --- Scope helpers: Prisma where-inputs, so a read cannot forget the rule --------------------
/** Matches nothing: the scope of a role that may not read a kind of record. */
export const NOTHING = { id: { in: [] as string[] } } as const;

export function usagerScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

export function userScope(actor: Actor) {
  return canManageUsers(actor) ? { structureId: actor.structureId } : NOTHING;
}
