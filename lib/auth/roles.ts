// Role families, the only place besides permissions.ts and scopes/ that looks at a role.
import type { Actor, Role } from "./actor";

/** The roles bound by professional secrecy: they follow people and may read dossiers. */
export const SOCIAL_ROLES = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const satisfies readonly Role[];
export const isSocial = (actor: Actor) => (SOCIAL_ROLES as readonly Role[]).includes(actor.role);
export const isSocialRole = (role: Role) => (SOCIAL_ROLES as readonly Role[]).includes(role);
