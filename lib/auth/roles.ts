// Role families, the only place besides permissions.ts and scopes/ that looks at a role.
import type { Actor, Role } from "./actor";

const SOCIAL_ROLES: readonly Role[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"];
/** Bound by professional secrecy: they may read dossiers. */
export const isSocial = (actor: Actor) => SOCIAL_ROLES.includes(actor.role);
