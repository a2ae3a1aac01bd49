// Pure rules: synchronous, deny by default, importing only types and the role families. The same
// rule builds the navigation and guards the server; tests/unit/permissions.test.ts checks every
// role on each. Which rows an actor may read is in scopes/ (one file per entity).
import type { Actor, Role } from "./actor";
import { isSocial, isSocialRole } from "./roles";

type Owned = { structureId: string };

const sameStructure = (actor: Actor, target: Owned) => actor.structureId === target.structureId;

// --- Accounts (ADMIN only: no social content) -------------------------------------------------
export const canManageUsers = (actor: Actor) => actor.role === "ADMIN";
export const canManageUser = (actor: Actor, target: Owned) =>
  canManageUsers(actor) && sameStructure(actor, target);
/** How the structure's accounts sign in (providers, password fallback): the ADMIN (decision 0042). */
export const canEditSignInSettings = (actor: Actor) => actor.role === "ADMIN";
/**
 * Password sign-in, when the structure turned it off in favour of its provider: still open to an
 * ADMIN (break-glass, decision 0042), so a failing provider never locks the structure out.
 */
export const canSignInWithPassword = (account: { role: Actor["role"] }, structurePasswordSignIn: boolean) =>
  structurePasswordSignIn || account.role === "ADMIN";

// --- Approval of social accounts (issue 23, finding 4, decision 0070) --------------------------
/**
 * An account that opens dossiers, created by someone outside the secret (the ADMIN), or raised to
 * a role with more of it (AGENT or ADMIN to a social role, TS to RESPONSABLE), waits for a
 * RESPONSABLE of the structure. `previousRole` null: a new account. A RESPONSABLE's own changes
 * need none: a responsable is already inside the secret.
 */
export const needsApproval = (actor: Actor, role: Role, previousRole: Role | null) => {
  if (actor.role === "RESPONSABLE" || !isSocialRole(role)) return false;
  if (previousRole === null) return true;
  if (previousRole === role || previousRole === "RESPONSABLE") return false;
  return true;
};
/** A new password for a social account set by someone outside the secret: approval, then a code. */
export const passwordResetNeedsApproval = (actor: Actor, target: { role: Role }) =>
  actor.role !== "RESPONSABLE" && isSocialRole(target.role);
/** The accounts awaiting approval (/parametres/comptes): the RESPONSABLE of the structure. */
export const canApproveAccounts = (actor: Actor) => actor.role === "RESPONSABLE";
export const canApproveAccount = (actor: Actor, target: Owned) => canApproveAccounts(actor) && sameStructure(actor, target);

// --- Usagers (dossier social: professional secrecy, TS and RESPONSABLE only) -----------------
export const canListUsagers = (actor: Actor) => isSocial(actor);
export const canCreateUsager = (actor: Actor) => isSocial(actor);
export const canViewUsager = (actor: Actor, usager: Owned) =>
  isSocial(actor) && sameStructure(actor, usager);
export const canEditUsager = canViewUsager;
export const canArchiveUsager = (actor: Actor, usager: Owned) =>
  actor.role === "RESPONSABLE" && sameStructure(actor, usager);
/**
 * A RESPONSABLE gives a dossier, an accompagnement, a fiche or a permanence to anyone of the
 * structure; a travailleur social only to themself (the forms offer the choice accordingly).
 */
export const canAssignOthers = (actor: Actor) => actor.role === "RESPONSABLE";
/** A RESPONSABLE assigns anyone; a travailleur social only adds or removes themself. */
export const canChangeReferent = (actor: Actor, usager: Owned, referentId: string) =>
  canViewUsager(actor, usager) && (actor.role === "RESPONSABLE" || actor.id === referentId);

// --- Suivi social: entretiens, diagnostics, accompagnements, aides -----------------------------
/** Any TS or RESPONSABLE of the structure adds entretiens, diagnostics and aid requests. */
export const canWriteSuivi = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);
/** The structure's entretiens across dossiers (/entretiens). */
export const canListEntretiens = (actor: Actor) => isSocial(actor);
/** The aid requests across dossiers (/aides): which ones, see canSeeAllAideRequests. */
export const canListAides = (actor: Actor) => isSocial(actor);
/** A RESPONSABLE sees every request of the structure; a travailleur social those they instruct. */
export const canSeeAllAideRequests = (actor: Actor) => actor.role === "RESPONSABLE";
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
/** The structure's orientations across dossiers (/orientations). */
export const canListOrientations = (actor: Actor) => isSocial(actor);

// --- Rights of the person ---------------------------------------------------------------------
/** The right-of-access export (everything held, confidential notes included): a RESPONSABLE. */
export const canExportPersonData = (actor: Actor, usager: Owned) => actor.role === "RESPONSABLE" && sameStructure(actor, usager);

// --- Audit journal ---------------------------------------------------------------------------
/** Account events (sign-ins, lockouts, account changes): what an ADMIN may read of the journal. */
export const ACCOUNT_AUDIT_PREFIXES = ["auth.", "user."] as const;
/** A RESPONSABLE reads the whole journal; an ADMIN only account events (no social content). */
export const canReadAuditLog = (actor: Actor) => actor.role === "RESPONSABLE" || actor.role === "ADMIN";
/** The whole journal, with the persons the entries are about. */
export const canReadWholeAuditLog = (actor: Actor) => actor.role === "RESPONSABLE";
/** Only the account events of the structure: never who was read or changed in a dossier. */
export const canReadAccountEventsOnly = (actor: Actor) => actor.role === "ADMIN";
/** Whether entries of this action (e.g. "usager.read") are in the actor's journal. */
export const canReadAuditAction = (actor: Actor, action: string) =>
  canReadWholeAuditLog(actor) || (canReadAccountEventsOnly(actor) && ACCOUNT_AUDIT_PREFIXES.some((p) => action.startsWith(p)));

// --- Settings of the structure (reste à vivre weights, charge lists) -------------------------
/** Every social worker reads them (the reste à vivre uses them). */
export const canReadStructureSettings = (actor: Actor) => isSocial(actor);
export const canEditStructureSettings = (actor: Actor) => actor.role === "RESPONSABLE";

// ── Ateliers collectifs ──
/** Workshops and their registrations are social work: TS and RESPONSABLE of the structure. */
export const canListAteliers = (actor: Actor) => isSocial(actor);
export const canManageAtelier = (actor: Actor, atelier: Owned) => isSocial(actor) && sameStructure(actor, atelier);

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
/** The structure's domiciliations across dossiers (/domiciliations). */
export const canListDomiciliations = (actor: Actor) => isSocial(actor);
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
/** Confidential documents of others: the RESPONSABLE only (documentScope). */
export const canViewOthersConfidentialDocuments = (actor: Actor) => actor.role === "RESPONSABLE";

// ── Tâches planifiées et conservation (issue #8) ──
/** The history of scheduled jobs (no social content): RESPONSABLE and ADMIN. */
export const canViewJobRuns = (actor: Actor) => actor.role === "RESPONSABLE" || actor.role === "ADMIN";
/** Reviewing inactive dossiers and confirming their anonymisation: the RESPONSABLE only. */
export const canReviewRetention = (actor: Actor) => actor.role === "RESPONSABLE";
export const canAnonymiseUsager = (actor: Actor, usager: Owned) => canReviewRetention(actor) && sameStructure(actor, usager);
/** The information notice is handed over by whoever follows the person: TS and RESPONSABLE. */
export const canGiveInformationNotice = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);

// ── "À faire" (reminders, plan actions due, accompagnements without contact) ──
export const canViewTodoList = (actor: Actor) => isSocial(actor);

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

// ── Import of spreadsheets (issue 19) ──
/**
 * Bringing a structure's spreadsheets of dossiers in: the RESPONSABLE, and the ADMIN who sets
 * the structure up (decision 0035: the ADMIN sees the file it brings and the matched dossier's
 * number, never a dossier's content). AGENT and TS: not found.
 */
export const canImportDossiers = (actor: Actor) => actor.role === "RESPONSABLE" || actor.role === "ADMIN";
/** The structure's dossiers in the import's format (to edit in Excel and import again): social content, the RESPONSABLE only. */
export const canExportDossiersForImport = (actor: Actor) => actor.role === "RESPONSABLE";

// ── Travail en équipe (issue 25) ──
/** Transmissions on a dossier: whoever may read it writes and reads them (never an AGENT). */
export const canWriteTransmission = (actor: Actor, usager: Owned) => canViewUsager(actor, usager);
/** How long the author may still correct a message; afterwards a correction is a new message. */
export const TRANSMISSION_EDIT_MS = 10 * 60_000;
export const canEditTransmission = (actor: Actor, t: Owned & { authorId: string; createdAt: Date }, now: Date = new Date()) =>
  isSocial(actor) && sameStructure(actor, t) && actor.id === t.authorId && now.getTime() - t.createdAt.getTime() < TRANSMISSION_EDIT_MS;
/** Any TS or RESPONSABLE gives a task to a colleague of the structure or to themself. */
export const canCreateTache = (actor: Actor) => isSocial(actor);
/** Done, cancelled, reopened: the assignee, whoever gave it, or a RESPONSABLE. */
export const canChangeTacheStatus = (actor: Actor, t: Owned & { assigneeId: string; createdById: string }) =>
  isSocial(actor) && sameStructure(actor, t) && (actor.role === "RESPONSABLE" || actor.id === t.assigneeId || actor.id === t.createdById);
/** The team's overdue tasks: the RESPONSABLE. */
export const canViewTeamTaches = (actor: Actor) => actor.role === "RESPONSABLE";
/** A TS or RESPONSABLE records their own absence; a RESPONSABLE also one for a member of the team. */
export const canRecordAbsence = (actor: Actor, target: Owned & { id: string }) =>
  isSocial(actor) && sameStructure(actor, target) && (actor.id === target.id || actor.role === "RESPONSABLE");
/** The team's absences page (/equipe/absences): the RESPONSABLE. */
export const canManageTeamAbsences = (actor: Actor) => actor.role === "RESPONSABLE";
/** A private iCalendar subscription of one's own agenda: whoever has an agenda. */
export const canSubscribeAgenda = (actor: Actor) => isSocial(actor);
// --- Signalements (public reports of a person sleeping rough, issue 22) ----------------------
/** The maraude inbox: the team members the RESPONSABLE designates, and the RESPONSABLE. */
export const canUseMaraudeInbox = (actor: Actor) =>
  isSocial(actor) && (actor.role === "RESPONSABLE" || actor.maraude === true);
/** Status changes and the link to a dossier: the same people, on their structure's reports. */
export const canHandleSignalement = (actor: Actor, signalement: Owned) => canUseMaraudeInbox(actor) && sameStructure(actor, signalement);
/** Who is on the team, and whether the public page is open: the RESPONSABLE. */
export const canManageMaraude = (actor: Actor) => actor.role === "RESPONSABLE";
// ── Accueil: registre des passages, file d'attente (issue 22) ──
/**
 * The reception desk: the agent d'accueil of a site (at their own site only) and the TS and
 * RESPONSABLE (at any site of the structure). The agent sees who came and the queue, never a
 * dossier's content (decision 0050).
 */
export const canUseAccueil = (actor: Actor) => isSocial(actor) || (actor.role === "AGENT" && actor.siteId !== null);
/** Recording a passage or queueing a person at this site. */
export const canUseAccueilAt = (actor: Actor, site: Owned & { id: string }) =>
  canUseAccueil(actor) && sameStructure(actor, site) && (isSocial(actor) || actor.siteId === site.id);
/** "Prendre en charge" opens a dossier and an entretien: the professionals only. */
export const canTakePeopleFromQueue = (actor: Actor) => isSocial(actor);
export const canTakeFromQueue = (actor: Actor, entry: Owned) => canTakePeopleFromQueue(actor) && sameStructure(actor, entry);
/** Recording that a person left or was directed elsewhere: whoever keeps the queue of that site. */
export const canCloseQueueEntry = (actor: Actor, entry: Owned & { siteId: string }) =>
  canUseAccueilAt(actor, { id: entry.siteId, structureId: entry.structureId });
