// Navigation by role: a convenience built from the same rules that guard the server.
import type { Actor, Role } from "./actor";
import { canViewDashboard } from "./permissions";
import { canUseCourrier } from "./permissions";
import { canImportDossiers } from "./permissions";
import { canUseMaraudeInbox } from "./permissions";
import { canUseAccueil } from "./permissions";
import { canEditSignInSettings } from "./permissions";
import { canEditStructureSettings, canListAteliers, canViewAgenda, canListFiches, canListUsagers, canManageUsers, canReadAnnuaire, canReadAuditLog } from "./permissions";
import { canListAides, canListDomiciliations, canListOrientations, canViewTodoList } from "./permissions";

/** `count`: new items waiting (shown as a badge), e.g. fiches de liaison. */
export type NavItem = { href: string; label: string; count?: number };
/** `siteKind`: kind of the actor's site (the reception of a Maison des Solidarités keeps the mail register). */
export type NavCounts = { fiches?: number; siteKind?: string | null };

export function navigationFor(actor: Actor, counts: NavCounts = {}): NavItem[] {
  const items: NavItem[] = [{ href: "/accueil", label: "Accueil" }];
  if (canViewDashboard(actor)) items.push({ href: "/tableau-de-bord", label: "Tableau de bord" });
  if (canListUsagers(actor)) items.push({ href: "/usagers", label: "Usagers" });
  if (canViewAgenda(actor)) items.push({ href: "/agenda", label: "Agenda" });
  if (canViewTodoList(actor)) items.push({ href: "/a-faire", label: "À faire" });
  if (canListAides(actor)) items.push({ href: "/aides", label: "Aides" });
  if (canListDomiciliations(actor)) items.push({ href: "/domiciliations", label: "Domiciliation" });
  if (canUseCourrier(actor, counts.siteKind ?? null)) items.push({ href: "/courrier", label: "Courrier" });
  if (canUseAccueil(actor)) items.push({ href: "/passages", label: "Passages et file d'attente" });
  if (canListFiches(actor)) items.push({ href: "/fiches-liaison", label: "Fiches de liaison", count: counts.fiches });
  if (canListOrientations(actor)) items.push({ href: "/orientations", label: "Orientations" });
  if (canUseMaraudeInbox(actor)) items.push({ href: "/maraude", label: "Maraude" });
  if (canListAteliers(actor)) items.push({ href: "/ateliers", label: "Ateliers" });
  if (canReadAnnuaire(actor)) items.push({ href: "/annuaire", label: "Annuaire" });
  if (canEditStructureSettings(actor)) items.push({ href: "/parametres", label: "Paramètres" });
  // The RESPONSABLE finds the import in the settings; the ADMIN, who has no settings page, here.
  else if (canImportDossiers(actor)) items.push({ href: "/parametres/import", label: "Importer des dossiers" });
  if (canManageUsers(actor)) items.push({ href: "/admin/utilisateurs", label: "Utilisateurs" });
  if (canEditSignInSettings(actor)) items.push({ href: "/admin/connexion", label: "Modes de connexion" });
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
