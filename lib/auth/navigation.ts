// Navigation by role: a convenience built from the same rules that guard the server.
import type { Actor, Role } from "./actor";
import { canEditStructureSettings, canListFiches, canListUsagers, canManageUsers, canReadAnnuaire, canReadAuditLog } from "./permissions";

/** `count`: new items waiting (shown as a badge), e.g. fiches de liaison. */
export type NavItem = { href: string; label: string; count?: number };
export type NavCounts = { fiches?: number };

export function navigationFor(actor: Actor, counts: NavCounts = {}): NavItem[] {
  const items: NavItem[] = [{ href: "/accueil", label: "Accueil" }];
  if (canListUsagers(actor)) items.push({ href: "/usagers", label: "Usagers" });
  if (canListUsagers(actor)) items.push({ href: "/a-faire", label: "À faire" });
  if (canListUsagers(actor)) items.push({ href: "/aides", label: "Aides" });
  if (canListFiches(actor)) items.push({ href: "/fiches-liaison", label: "Fiches de liaison", count: counts.fiches });
  if (canListUsagers(actor)) items.push({ href: "/orientations", label: "Orientations" });
  if (canReadAnnuaire(actor)) items.push({ href: "/annuaire", label: "Annuaire" });
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
    case "AGENT":
      return "/fiches-liaison";
    default:
      return "/accueil";
  }
}
