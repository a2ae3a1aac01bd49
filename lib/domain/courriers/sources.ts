// The record a letter is generated from, loaded through the actor's scopes: the dossier itself,
// an aide, a rendez-vous, an orientation, a domiciliation or a debt of a budgetary support. A
// record of another structure, or one the actor may not read, is simply not found (404).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canGenerateCourrier } from "@/lib/auth/permissions";
import { detteScope } from "@/lib/auth/scopes/accompagnement";
import { aideScope } from "@/lib/auth/scopes/aide";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import type { CourrierSource } from "./labels";

const USAGER_SELECT = {
  id: true, structureId: true, status: true, numeroDossier: true, civilite: true, nom: true, prenom: true, dateNaissance: true,
  adresse: true, codePostal: true, commune: true, telephone: true, email: true, bailleur: true, createdAt: true,
  foyer: { orderBy: { dateNaissance: "asc" as const }, select: { prenom: true, nom: true, dateNaissance: true, lien: true } },
} as const;

async function loadUsager(actor: Actor, usagerId: string) {
  const usager = await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id: usagerId }] }, select: USAGER_SELECT });
  if (!usager || !canGenerateCourrier(actor, usager)) throw new NotFoundError();
  return usager;
}
export type UsagerForLetter = Awaited<ReturnType<typeof loadUsager>>;

const userName = async (actor: Actor, id: string | null) => {
  const u = id ? await db.user.findFirst({ where: { AND: [colleagueScope(actor), { id }] }, select: { firstName: true, lastName: true, role: true } }) : null;
  return u;
};

async function aideOf(actor: Actor, id: string) {
  const aide = await db.aide.findFirst({ where: { AND: [aideScope(actor), { id }] } });
  if (!aide) throw new NotFoundError();
  return { aide, instructeur: await userName(actor, aide.instructeurId) };
}

async function rdvOf(actor: Actor, id: string) {
  const rdv = await db.rendezVous.findFirst({
    where: { AND: [rendezVousScope(actor), { id }] },
    include: { site: { select: { name: true, address: true, postalCode: true, city: true, phone: true } }, travailleur: { select: { firstName: true, lastName: true, role: true } } },
  });
  if (!rdv) throw new NotFoundError();
  if (!rdv.usagerId) throw new DomainError("Ce rendez-vous n'est rattaché à aucun dossier : liez d'abord la fiche de liaison à un dossier.");
  return rdv;
}

async function detteOf(actor: Actor, id: string) {
  const dette = await db.dette.findFirst({ where: { AND: [detteScope(actor), { id, accompagnement: { type: "BUDGETAIRE" } }] }, include: { accompagnement: true } });
  if (!dette) throw new NotFoundError();
  const dettes = await db.dette.findMany({ where: { AND: [detteScope(actor), { accompagnementId: dette.accompagnementId }] }, orderBy: { creancier: "asc" } });
  return { dette, dettes, referent: await userName(actor, dette.accompagnement.referentId) };
}

async function orientationOf(actor: Actor, id: string) {
  const orientation = await db.orientation.findFirst({
    where: { AND: [orientationScope(actor), { id }] },
    include: { partenaire: { select: { nom: true, organisme: true, adresse: true, codePostal: true, commune: true } } },
  });
  if (!orientation) throw new NotFoundError();
  return orientation;
}

async function domiciliationOf(actor: Actor, id: string) {
  const domiciliation = await db.domiciliation.findFirst({ where: { AND: [domiciliationScope(actor), { id }] } });
  if (!domiciliation) throw new NotFoundError();
  return domiciliation;
}

export type SourceContext = {
  source: CourrierSource;
  sourceId: string;
  usager: UsagerForLetter;
  /** Where the letter's files are attached besides the dossier (documents card of the record). */
  links: { aideId?: string; orientationId?: string; accompagnementId?: string };
  aide?: Awaited<ReturnType<typeof aideOf>>;
  rdv?: Awaited<ReturnType<typeof rdvOf>>;
  dette?: Awaited<ReturnType<typeof detteOf>>;
  orientation?: Awaited<ReturnType<typeof orientationOf>>;
  domiciliation?: Awaited<ReturnType<typeof domiciliationOf>>;
};

export async function loadSource(actor: Actor, source: CourrierSource, sourceId: string): Promise<SourceContext> {
  if (!isUuid(sourceId)) throw new NotFoundError();
  switch (source) {
    case "DOSSIER":
      return { source, sourceId, usager: await loadUsager(actor, sourceId), links: {} };
    case "AIDE": {
      const aide = await aideOf(actor, sourceId);
      return { source, sourceId, usager: await loadUsager(actor, aide.aide.usagerId), links: { aideId: aide.aide.id }, aide };
    }
    case "RENDEZ_VOUS": {
      const rdv = await rdvOf(actor, sourceId);
      return { source, sourceId, usager: await loadUsager(actor, rdv.usagerId!), links: {}, rdv };
    }
    case "DETTE": {
      const dette = await detteOf(actor, sourceId);
      return { source, sourceId, usager: await loadUsager(actor, dette.dette.accompagnement.usagerId), links: { accompagnementId: dette.dette.accompagnementId }, dette };
    }
    case "ORIENTATION": {
      const orientation = await orientationOf(actor, sourceId);
      return { source, sourceId, usager: await loadUsager(actor, orientation.usagerId), links: { orientationId: orientation.id }, orientation };
    }
    case "DOMICILIATION": {
      const domiciliation = await domiciliationOf(actor, sourceId);
      return { source, sourceId, usager: await loadUsager(actor, domiciliation.usagerId), links: {}, domiciliation };
    }
  }
}
