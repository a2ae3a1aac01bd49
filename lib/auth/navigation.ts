// Navigation by role: a convenience built from the same rules that guard the server. The entries
// are grouped by activity (suivi, agenda, accueil, pilotage) so that the bar holds on one line of
// a laptop; a group the actor has one entry of is shown as that entry (decision 0081).
import type { Actor, Role } from "./actor";
import { canViewDashboard } from "./permissions";
import { canUseCourrier } from "./permissions";
import { canImportDossiers } from "./permissions";
import { canUseMaraudeInbox } from "./permissions";
import { canUseAccueil } from "./permissions";
import { canApproveAccounts, canEditSignInSettings } from "./permissions";
import { canEditStructureSettings, canListAteliers, canViewAgenda, canListFiches, canListUsagers, canManageUsers, canReadAnnuaire, canReadAuditLog } from "./permissions";
import { canListAides, canListDomiciliations, canListOrientations, canViewTodoList } from "./permissions";

export const NAV_GROUPS = { suivi: "Suivi", agenda: "Agenda", accueil: "Accueil", pilotage: "Pilotage" } as const;
export type NavGroupKey = keyof typeof NAV_GROUPS;

/** `count`: new items waiting (shown as a badge), e.g. fiches de liaison. `group`: none for a top-level entry. */
export type NavItem = { href: string; label: string; count?: number; group?: NavGroupKey };
/** `siteKind`: kind of the actor's site (the reception of a Maison des Solidarités keeps the mail register). */
export type NavCounts = { fiches?: number; siteKind?: string | null; accountsToApprove?: number };

/** Every entry the actor may use, in the order of the bar (groups in NAV_GROUPS order). */
export function navigationFor(actor: Actor, counts: NavCounts = {}): NavItem[] {
  const items: NavItem[] = [{ href: "/accueil", label: "Ma journée" }];
  const suivi = (href: string, label: string) => items.push({ href, label, group: "suivi" });
  if (canListUsagers(actor)) suivi("/usagers", "Usagers");
  if (canListAides(actor)) suivi("/aides", "Aides");
  if (canListOrientations(actor)) suivi("/orientations", "Orientations");
  if (canListDomiciliations(actor)) suivi("/domiciliations", "Domiciliation");
  if (canListAteliers(actor)) suivi("/ateliers", "Ateliers");
  if (canViewAgenda(actor)) items.push({ href: "/agenda", label: "Agenda", group: "agenda" });
  if (canViewTodoList(actor)) items.push({ href: "/a-faire", label: "À faire", group: "agenda" });
  if (canUseAccueil(actor)) items.push({ href: "/passages", label: "Passages et file d'attente", group: "accueil" });
  if (canUseCourrier(actor, counts.siteKind ?? null)) items.push({ href: "/courrier", label: "Courrier", group: "accueil" });
  if (canListFiches(actor)) items.push({ href: "/fiches-liaison", label: "Fiches de liaison", count: counts.fiches, group: "accueil" });
  if (canUseMaraudeInbox(actor)) items.push({ href: "/maraude", label: "Maraude", group: "accueil" });
  if (canViewDashboard(actor)) items.push({ href: "/tableau-de-bord", label: "Tableau de bord", group: "pilotage" });
  if (canEditStructureSettings(actor)) items.push({ href: "/parametres", label: "Paramètres", group: "pilotage" });
  // The RESPONSABLE finds the import in the settings; the ADMIN, who has no settings page, here.
  else if (canImportDossiers(actor)) items.push({ href: "/parametres/import", label: "Importer des dossiers", group: "pilotage" });
  if (canReadAuditLog(actor)) items.push({ href: "/admin/journal", label: "Journal", group: "pilotage" });
  if (canApproveAccounts(actor)) items.push({ href: "/parametres/comptes", label: "Comptes à approuver", count: counts.accountsToApprove, group: "pilotage" });
  if (canManageUsers(actor)) items.push({ href: "/admin/utilisateurs", label: "Utilisateurs", group: "pilotage" });
  if (canEditSignInSettings(actor)) items.push({ href: "/admin/connexion", label: "Modes de connexion", group: "pilotage" });
  if (canReadAnnuaire(actor)) items.push({ href: "/annuaire", label: "Annuaire" });
  return items;
}

export type NavEntry =
  | { kind: "link"; item: NavItem }
  | { kind: "group"; key: NavGroupKey; label: string; items: NavItem[]; count: number };

/** The bar: top-level links and groups, a group of a single entry shown as that entry. */
export function navigationEntries(items: NavItem[]): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const item of items) {
    if (!item.group) { entries.push({ kind: "link", item }); continue; }
    const last = entries.find((e) => e.kind === "group" && e.key === item.group);
    if (last && last.kind === "group") { last.items.push(item); last.count += item.count ?? 0; continue; }
    entries.push({ kind: "group", key: item.group, label: NAV_GROUPS[item.group], items: [item], count: item.count ?? 0 });
  }
  return entries.map((e) => (e.kind === "group" && e.items.length === 1 ? { kind: "link", item: e.items[0]! } : e));
}

/** Where each role lands after signing in: the day's work (Ma journée) but for the ADMIN. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin/utilisateurs";
    default:
      return "/accueil";
  }
}
