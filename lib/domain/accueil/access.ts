// The checks every accueil write shares: the site is the structure's and the actor's desk, the
// dossier and the partner named are the structure's. Forged ids of another structure give the
// same French message as unknown ones, on the field that carried them.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseAccueil, canUseAccueilAt } from "@/lib/auth/permissions";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { siteScope } from "@/lib/auth/scopes/site";
import { usagerIdentityScope } from "@/lib/auth/scopes/usager";
import { DomainError, NotFoundError } from "@/lib/domain/errors";

export function assertAccueil(actor: Actor) {
  if (!canUseAccueil(actor)) throw new NotFoundError();
}

export async function loadDeskSite(tx: DbTx, actor: Actor, siteId: string) {
  const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: siteId }] }, select: { id: true, structureId: true, name: true } });
  if (!site) throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de votre structure." });
  if (!canUseAccueilAt(actor, site)) throw new DomainError("Vous tenez l'accueil de votre site seulement.", { siteId: "Choisissez votre site." });
  return site;
}

export async function loadNamedDossier(tx: DbTx, actor: Actor, usagerId: string | null) {
  if (!usagerId) return null;
  const u = await tx.usager.findFirst({ where: { AND: [usagerIdentityScope(actor), { id: usagerId, anonymiseLe: null }] }, select: { id: true } });
  if (!u) throw new DomainError("Dossier inconnu.", { usagerId: "Ce dossier est introuvable : recherchez la personne à nouveau ou saisissez son prénom." });
  return u;
}

export async function loadPartenaire(tx: DbTx, actor: Actor, partenaireId: string | null) {
  if (!partenaireId) return null;
  const p = await tx.partenaire.findFirst({ where: { AND: [partenaireScope(actor), { id: partenaireId }] }, select: { id: true } });
  if (!p) throw new DomainError("Partenaire inconnu.", { partenaireId: "Choisissez un partenaire de l'annuaire." });
  return p;
}
