// Navigation by role: a convenience built from the same rules that guard the server.
import type { Actor, Role } from "./actor";
import { canEditStructureSettings, canListUsagers, canManageUsers, canReadAuditLog } from "./permissions";

export type NavItem = { href: string; label: string };

export function navigationFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ href: "/accueil", label: "Accueil" }];
  if (canListUsagers(actor)) items.push({ href: "/usagers", label: "Usagers" });
  if (canEditStructureSettings(actor)) items.push({ href: "/parametres", label: "Paramètres" });
  if (canManageUsers(actor)) items.push({ href: "/admin/utilisateurs", label: "Utilisateurs" });
  if (canReadAuditLog(actor)) items.push({ href: "/admin/journal", label: "Journal" });
  return items;
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin/utilisateurs";
    case "TRAVAILLEUR_SOCIAL":
    case "RESPONSABLE":
      return "/usagers";
    default:
      return "/accueil";
  }
}
