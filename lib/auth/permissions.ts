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

// --- Suivi social: entretiens, diagnostics, accompagnements, aides -----------------------------
/** Any TS or RESPONSABLE of the structure adds entretiens, diagnostics and aid requests. */
export const canWriteSuivi = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);
/** A confidential note is its author's alone: not even a RESPONSABLE reads another's. */
export const canReadConfidentialNote = (actor: Actor, entretien: Owned & { authorId: string }) =>
  isSocial(actor) && sameStructure(actor, entretien) && actor.id === entretien.authorId;
/** Status, plan and specific fields: the accompagnement's référent or a RESPONSABLE. */
export const canManageAccompagnement = (actor: Actor, acc: Owned & { referentId: string }) =>
  isSocial(actor) && sameStructure(actor, acc) && (actor.role === "RESPONSABLE" || actor.id === acc.referentId);
/** Recording a decision (accordée, refusée, ajournée) is the RESPONSABLE's, for the commission. */
export const canDecideAide = (actor: Actor, aide: Owned) => actor.role === "RESPONSABLE" && sameStructure(actor, aide);

// --- Fiches de liaison ----------------------------------------------------------------------
/** An agent sends fiches from their own site. */
export const canSendFiche = (actor: Actor) => actor.role === "AGENT" && actor.siteId !== null;
export const canListFiches = (actor: Actor) => canSendFiche(actor) || isSocial(actor);
/** The agent side: fiches of the agent's site, never the CCAS evaluation. */
export const canViewFicheAsAgent = (actor: Actor, fiche: Owned & { siteId: string }) =>
  canSendFiche(actor) && sameStructure(actor, fiche) && actor.siteId === fiche.siteId;
/** The CCAS side: receive, evaluate, link, give an appointment, reorient, close. */
export const canProcessFiche = (actor: Actor, fiche: Owned) => isSocial(actor) && sameStructure(actor, fiche);
/** A RESPONSABLE assigns anyone; a travailleur social takes a fiche for themself. */
export const canAssignFiche = (actor: Actor, fiche: Owned, assigneeId: string) =>
  canProcessFiche(actor, fiche) && (actor.role === "RESPONSABLE" || actor.id === assigneeId);

// --- Annuaire and orientations ---------------------------------------------------------------
/** Everyone signed in reads the partner directory of their structure. */
export const canReadAnnuaire = (actor: Actor) => actor.structureId !== "";
export const canEditAnnuaire = (actor: Actor) => actor.role === "ADMIN" || actor.role === "RESPONSABLE";
/** Orientations are social work: TS and RESPONSABLE only, never the AGENT. */
export const canOrient = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);

// --- Rights of the person ---------------------------------------------------------------------
/** The right-of-access export (everything held, confidential notes included): a RESPONSABLE. */
export const canExportPersonData = (actor: Actor, usager: Owned) => actor.role === "RESPONSABLE" && sameStructure(actor, usager);

// --- Audit journal ---------------------------------------------------------------------------
/** A RESPONSABLE reads the whole journal; an ADMIN only account events (no social content). */
export const canReadAuditLog = (actor: Actor) => actor.role === "RESPONSABLE" || actor.role === "ADMIN";

// --- Settings of the structure (reste à vivre weights, charge lists) -------------------------
export const canEditStructureSettings = (actor: Actor) => actor.role === "RESPONSABLE";

// ── Ateliers collectifs ──
/** Workshops and their registrations are social work: TS and RESPONSABLE of the structure. */
export const canListAteliers = (actor: Actor) => isSocial(actor);
export const canManageAtelier = (actor: Actor, atelier: Owned) => isSocial(actor) && sameStructure(actor, atelier);
export function atelierScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

// ── Agenda (issue #10) ──
/** The full agenda (who, where, why) of the structure: TS and RESPONSABLE. */
export const canViewAgenda = (actor: Actor) => isSocial(actor);
export const canManageRendezVous = (actor: Actor, rdv: Owned) => isSocial(actor) && sameStructure(actor, rdv);
/** A travailleur social sets up their own permanences; a RESPONSABLE anyone's. */
export const canManagePermanence = (actor: Actor, perm: Owned & { travailleurId: string }) =>
  isSocial(actor) && sameStructure(actor, perm) && (actor.role === "RESPONSABLE" || actor.id === perm.travailleurId);
/** An agent books into the permanences of their own site only (free/busy, never who). */
export const canBookPermanence = (actor: Actor, perm: Owned & { siteId: string }) =>
  sameStructure(actor, perm) && (isSocial(actor) || (canSendFiche(actor) && actor.siteId === perm.siteId));

// ── Tableau de bord (issue #7) ──
/** A TS sees the dashboard of their own caseload; a RESPONSABLE the whole structure's. */
export const canViewDashboard = (actor: Actor) => isSocial(actor);
/** Other workers' caseloads, the exports and the rapport d'activité: the RESPONSABLE only. */
export const canViewAllCaseloads = (actor: Actor) => actor.role === "RESPONSABLE";
export const canExportDashboard = (actor: Actor) => actor.role === "RESPONSABLE";
/** Moving dossiers from one worker to another (absence, departure). */
export const canReassignDossiers = (actor: Actor) => actor.role === "RESPONSABLE";

// ── Domiciliation (issue #11) ──
/** Requests, interviews, decisions, renewals and ends: TS and RESPONSABLE (CASF L.264-1). */
export const canManageDomiciliation = (actor: Actor, target: Owned) => isSocial(actor) && sameStructure(actor, target);
/** The annual report to the préfet covers the whole structure: the RESPONSABLE. */
export const canReadDomiciliationReport = (actor: Actor) => actor.role === "RESPONSABLE";
/**
 * The mail register: TS and RESPONSABLE, and the reception agent of a Maison des Solidarités
 * (who sees the person's name and the mail only). `siteKind` is the kind of the actor's site.
 */
export const canUseCourrier = (actor: Actor, siteKind: string | null) =>
  isSocial(actor) || (actor.role === "AGENT" && actor.siteId !== null && siteKind === "MAISON_DES_SOLIDARITES");

// ── Pièces jointes (issue #12) ──
/** Adding files to a dossier (or its accompagnement, aid, orientation): TS and RESPONSABLE. */
export const canAddDocument = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);
/** A confidential document is its uploader's and the RESPONSABLE's only. */
export const canViewDocument = (actor: Actor, doc: Owned & { confidential: boolean; uploadedById: string }) =>
  isSocial(actor) && sameStructure(actor, doc) && (!doc.confidential || actor.role === "RESPONSABLE" || actor.id === doc.uploadedById);
/** Rename, delete, restore: whoever may see it (every change is audited and a delete is undoable). */
export const canManageDocument = canViewDocument;
/** Documents the actor may see: confidential ones only for their uploader and the RESPONSABLE. */
export function documentScope(actor: Actor) {
  if (actor.role === "RESPONSABLE") return { structureId: actor.structureId };
  if (actor.role === "TRAVAILLEUR_SOCIAL") return { structureId: actor.structureId, OR: [{ confidential: false }, { uploadedById: actor.id }] };
  return NOTHING;
}

// ── Tâches planifiées et conservation (issue #8) ──
/** The history of scheduled jobs (no social content): RESPONSABLE and ADMIN. */
export const canViewJobRuns = (actor: Actor) => actor.role === "RESPONSABLE" || actor.role === "ADMIN";
/** Reviewing inactive dossiers and confirming their anonymisation: the RESPONSABLE only. */
export const canReviewRetention = (actor: Actor) => actor.role === "RESPONSABLE";
export const canAnonymiseUsager = (actor: Actor, usager: Owned) => canReviewRetention(actor) && sameStructure(actor, usager);
/** The information notice is handed over by whoever follows the person: TS and RESPONSABLE. */
export const canGiveInformationNotice = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);

// --- Scope helpers: Prisma where-inputs, so a read cannot forget the rule --------------------
/** Matches nothing: the scope of a role that may not read a kind of record. */
export const NOTHING = { id: { in: [] as string[] } } as const;

export function usagerScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

/** Rows of the suivi social (entretiens, diagnostics, accompagnements, aides). */
export function suiviScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

export function ficheAgentScope(actor: Actor) {
  return canSendFiche(actor) ? { structureId: actor.structureId, siteId: actor.siteId! } : NOTHING;
}

export function ficheCcasScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

/** Account events (sign-ins, lockouts, account changes) are what an ADMIN may read. */
export const ACCOUNT_AUDIT_PREFIXES = ["auth.", "user."] as const;

export function auditScope(actor: Actor) {
  if (actor.role === "RESPONSABLE") return { structureId: actor.structureId };
  if (actor.role === "ADMIN") {
    return { structureId: actor.structureId, OR: ACCOUNT_AUDIT_PREFIXES.map((p) => ({ action: { startsWith: p } })) };
  }
  // Audit ids are big integers: "no action at all" is the empty set here.
  return { action: { in: [] as string[] } };
}

export function annuaireScope(actor: Actor) {
  return { structureId: actor.structureId };
}

export function userScope(actor: Actor) {
  return canManageUsers(actor) ? { structureId: actor.structureId } : NOTHING;
}

/** Rendez-vous rows with their person and purpose: TS and RESPONSABLE of the structure. */
export function rendezVousScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

/** Permanences: the structure's for TS/RESPONSABLE, the agent's own site for an agent. */
export function permanenceScope(actor: Actor) {
  if (isSocial(actor)) return { structureId: actor.structureId };
  return canSendFiche(actor) ? { structureId: actor.structureId, siteId: actor.siteId! } : NOTHING;
}

export function domiciliationScope(actor: Actor) {
  return isSocial(actor) ? { structureId: actor.structureId } : NOTHING;
}

export function courrierScope(actor: Actor, siteKind: string | null) {
  return canUseCourrier(actor, siteKind) ? { structureId: actor.structureId } : NOTHING;
}

// ── Courriers (issue #21) ──
/** The structure's DOCX templates (upload, versions, preview, archive): the RESPONSABLE. */
export const canManageCourrierModeles = (actor: Actor) => actor.role === "RESPONSABLE";
/** The letterhead (name, address, logo, signatory) on every letter: the RESPONSABLE. */
export const canEditLetterhead = (actor: Actor) => actor.role === "RESPONSABLE";
/** A letter is generated from a record the actor may read: TS and RESPONSABLE of the structure. */
export const canGenerateCourrier = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);
/** Recording how a letter reached the person (handed over, posted, e-mailed to their own address). */
export const canSendCourrier = (actor: Actor, courrier: Owned) => isSocial(actor) && sameStructure(actor, courrier);

// ── Sécurité : second facteur ──
/** An ADMIN resets another account's TOTP of the structure (never their own: they must keep one). */
export const canResetTotp = (actor: Actor, target: Owned & { id?: string }) =>
  canManageUser(actor, target) && target.id !== actor.id;
