// The permission matrix: for every page, route handler and server action discovered in app/
// (discover.ts), the expected outcome for each role. A new entry point fails
// tests/integration/permission-matrix.test.ts (and e2e/permission-matrix.spec.ts) until it is
// listed here; an entry listed here that no longer exists fails too.
// Plain TypeScript (no "@/" alias, no database): imported by Vitest and by Playwright.

/** OTHER_TS: a travailleur social of ANOTHER structure; records in URLs and payloads are never theirs. */
export const MATRIX_ROLES = ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN", "OTHER_TS", "SIGNED_OUT"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * Over HTTP. "ok": 200. "404": the not-found page/answer (never a 403 revealing the record).
 * "login": a redirect to /connexion. "home": a redirect to the role's landing page.
 * A number: that status (for framework routes whose status is not about permissions).
 */
export type HttpOutcome = "ok" | "404" | "login" | "home" | number;

/**
 * Server actions, called as that role. "ok": { ok: true }. "404": the "introuvable" form error,
 * nothing written. "refused": another French form error (a business rule), nothing written.
 * "login": redirect to /connexion (signed out), nothing written. "empty": a read that answers
 * { ok: true } with an empty list (nothing of another structure or role leaks).
 */
export type ActionOutcome = "ok" | "empty" | "404" | "refused" | "login";

type Table<O> = Record<MatrixRole, O>;

/** `allowed` roles get `yes`; other signed-in roles get `no`; signed out gets `signedOut`. */
function matrix<O>(allowed: MatrixRole[], yes: O, no: O, signedOut: O): Table<O> {
  return Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === "SIGNED_OUT" ? signedOut : allowed.includes(r) ? yes : no])) as Table<O>;
}
const page = (...allowed: MatrixRole[]) => matrix<HttpOutcome>(allowed, "ok", "404", "login");
const act = (...allowed: MatrixRole[]) => matrix<ActionOutcome>(allowed, "ok", "404", "login");
const with_ = <O>(base: Table<O>, patch: Partial<Table<O>>): Table<O> => ({ ...base, ...patch });

const SIGNED_IN: MatrixRole[] = ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN", "OTHER_TS"];
/** Social work of the structure: TS and RESPONSABLE (OTHER_TS sees its own structure's lists). */
const SOCIAL: MatrixRole[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"];

/**
 * The [params] of a URL name a record of the DEMO structure (the e2e database is seeded):
 * `record` is the kind of record whose ids e2e/permission-matrix.spec.ts looks up (or inserts)
 * to fill them. `path`: a concrete URL when the pattern is a catch-all. `reveals`: markers a
 * role may see on this entry although it may not elsewhere (see the spec's MARKERS).
 */
export type HttpEntry = {
  expect: Table<HttpOutcome>;
  record?: RecordKind;
  path?: string;
  /** A query string appended to the URL, its [params] filled from the same record. */
  query?: string;
  body?: "binary";
  reveals?: Partial<Record<MatrixRole, Marker[]>>;
};
export type RecordKind =
  | "markedUsager" | "user" | "partenaire" | "agentFiche" | "accompagnement" | "aide" | "diagnostic" | "orientation" | "orientationCourrier"
  | "atelier" | "rendezVous" | "document" | "domiciliation" | "flaggedUsager" | "courrierModele" | "courrierModeleVersion" | "courrierApercu"
  | "importJob" | "signalement";
/** Strings seeded by the e2e spec: the marked dossier's name, an entretien summary, a confidential note, a dossier of the other structure. */
export type Marker = "name" | "social" | "note" | "other";

export const PAGES: Record<string, HttpEntry> = {
  "page /": { expect: with_(matrix<HttpOutcome>(SIGNED_IN, "home", "home", "login"), {}) },
  "page /connexion": { expect: matrix<HttpOutcome>(SIGNED_IN, "home", "home", "ok") },
  "page /changer-mot-de-passe": { expect: page(...SIGNED_IN) },
  "page /accueil": { expect: page(...SIGNED_IN) },
  "page /a-faire": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /notifications": { expect: page(...SIGNED_IN) },
  "page /notifications/preferences": { expect: page(...SIGNED_IN) },
  "page /aides": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /orientations": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /entretiens": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /usagers": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /usagers/nouveau": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /usagers/[id]": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/modifier": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/accompagnements/nouveau": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/aides/nouvelle": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/diagnostics/nouveau": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/entretiens/nouveau": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/orientations/nouvelle": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /usagers/[id]/accompagnements/[accId]": { expect: page(...SOCIAL), record: "accompagnement" },
  "page /usagers/[id]/aides/[aideId]": { expect: page(...SOCIAL), record: "aide" },
  "page /usagers/[id]/diagnostics/[diagId]": { expect: page(...SOCIAL), record: "diagnostic" },
  "page /usagers/[id]/orientations/[orientationId]": { expect: page(...SOCIAL), record: "orientation" },
  "page /fiches-liaison": { expect: page("AGENT", ...SOCIAL, "OTHER_TS") },
  "page /fiches-liaison/nouvelle": { expect: page("AGENT") },
  "page /fiches-liaison/[id]": { expect: page("AGENT", ...SOCIAL), record: "agentFiche" },
  "page /fiches-liaison/[id]/confirmation": { expect: page("AGENT"), record: "agentFiche" },
  "page /annuaire": { expect: page(...SIGNED_IN) },
  "page /annuaire/nouveau": { expect: page("RESPONSABLE", "ADMIN") },
  "page /annuaire/[id]": { expect: page("AGENT", ...SOCIAL, "ADMIN"), record: "partenaire" },
  "page /parametres": { expect: page("RESPONSABLE") },
  "page /admin/journal": { expect: page("RESPONSABLE", "ADMIN") },
  "page /admin/utilisateurs": { expect: page("ADMIN") },
  // How the structure's accounts sign in (issue 20, decision 0042): the ADMIN's.
  "page /admin/connexion": { expect: page("ADMIN") },
  "page /admin/utilisateurs/nouveau": { expect: page("ADMIN") },
  "page /admin/utilisateurs/[id]": { expect: page("ADMIN"), record: "user" },
  // ── Features added alongside issue #8 (outcomes read from their rules in lib/auth/permissions.ts;
  // to be confirmed by the first full run) ──
  "page /compte/double-authentification": { expect: page(...SIGNED_IN) },
  "page /admin/taches": { expect: page("RESPONSABLE", "ADMIN") },
  // Absences and agenda subscriptions (issue 25): one's own page, the team's for the RESPONSABLE.
  "page /compte": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /equipe/absences": { expect: page("RESPONSABLE") },
  "page /tableau-de-bord": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /tableau-de-bord/reattribuer": { expect: page("RESPONSABLE") },
  "page /agenda": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /agenda/nouveau": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /agenda/permanences": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /agenda/rendez-vous": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /agenda/rendez-vous/[id]": { expect: page(...SOCIAL), record: "rendezVous" },
  "page /ateliers": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /ateliers/nouveau": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /ateliers/[id]": { expect: page(...SOCIAL), record: "atelier" },
  "page /ateliers/[id]/modifier": { expect: page(...SOCIAL), record: "atelier" },
  "page /usagers/[id]/domiciliation": { expect: page(...SOCIAL), record: "markedUsager" },
  "page /domiciliations": { expect: page(...SOCIAL, "OTHER_TS") },
  // The mail desk: social workers, and agents of a Maison des Solidarités (the demo agent is at a mairie de quartier).
  "page /courrier": { expect: page(...SOCIAL, "OTHER_TS") },
  "page /parametres/conservation": { expect: page("RESPONSABLE") },
  // Accounts awaiting approval (decision 0070): the RESPONSABLE only, never the ADMIN who created them.
  "page /parametres/comptes": { expect: page("RESPONSABLE") },
  // The accueil (issue 22): the agent d'accueil of a site and the professionals; never the ADMIN.
  "page /passages": { expect: page("AGENT", ...SOCIAL, "OTHER_TS") },
  "page /passages/liste": { expect: page("AGENT", ...SOCIAL, "OTHER_TS") },
  "page /file-attente": { expect: page("AGENT", ...SOCIAL, "OTHER_TS") },
  "page /file-attente/ecran": { expect: page("AGENT", ...SOCIAL, "OTHER_TS") },
  "page /parametres/conservation/[id]": { expect: page("RESPONSABLE"), record: "flaggedUsager" },
  // ── Courriers (issue #21): letterhead and templates are the RESPONSABLE's ──
  "page /parametres/courriers": { expect: page("RESPONSABLE") },
  // Import of spreadsheets: RESPONSABLE and ADMIN of the structure (decision 0035).
  "page /parametres/import": { expect: page("RESPONSABLE", "ADMIN") },
  "page /parametres/import/[id]": { expect: page("RESPONSABLE", "ADMIN"), record: "importJob" },
  "page /parametres/courriers/nouveau": { expect: page("RESPONSABLE") },
  "page /parametres/courriers/[id]": { expect: page("RESPONSABLE"), record: "courrierModele" },
  // The one page without sign-in (issue 22): the demo structure's open signalement page, for everyone.
  "page /signaler/[code]": { expect: matrix<HttpOutcome>(SIGNED_IN, "ok", "ok", "ok"), path: "/signaler/ccas-demo" },
  // The maraude inbox: the team (the demo TS is on it) and the RESPONSABLE; the team and the page's settings: the RESPONSABLE.
  "page /maraude": { expect: page(...SOCIAL) },
  "page /maraude/[id]": { expect: page(...SOCIAL), record: "signalement" },
  "page /maraude/equipe": { expect: page("RESPONSABLE") },
};

export const ROUTES: Record<string, HttpEntry> = {
  // next-auth's own endpoints: the session endpoint answers everyone (only an expiry, or {}).
  "GET /api/auth/[...nextauth]": { expect: matrix<HttpOutcome>(SIGNED_IN, "ok", "ok", "ok"), path: "/api/auth/session" },
  // A credentials callback without its CSRF token: next-auth redirects back to the sign-in page.
  "POST /api/auth/[...nextauth]": { expect: matrix<HttpOutcome>(SIGNED_IN, 302, 302, 302), path: "/api/auth/callback/credentials" },
  "GET /api/health": { expect: matrix<HttpOutcome>(SIGNED_IN, "ok", "ok", "ok") },
  // Provider sign-in (issue 20): public; an unknown provider, or a callback without its pending
  // request, sends back to /connexion with a French message (303), for everyone alike.
  "GET /api/oidc/[provider]/connexion": { expect: matrix<HttpOutcome>(SIGNED_IN, 303, 303, 303), path: "/api/oidc/inconnu/connexion" },
  "GET /api/oidc/[provider]/retour": { expect: matrix<HttpOutcome>(SIGNED_IN, 303, 303, 303), path: "/api/oidc/inconnu/retour?code=faux&state=faux" },
  // One's own unread count (signed out: 404); the event stream is asked for once, not kept open.
  "GET /api/notifications/compte": { expect: matrix<HttpOutcome>(SIGNED_IN, "ok", "ok", "404") },
  "GET /api/notifications/flux": { expect: matrix<HttpOutcome>(SIGNED_IN, "ok", "ok", "404"), path: "/api/notifications/flux?une-fois=1" },
  "GET /api/orientations/[id]/courrier": { expect: matrix<HttpOutcome>(SOCIAL, "ok", "404", "404"), record: "orientationCourrier", body: "binary" },
  // The right of access gives the person everything, confidential notes included (marked as such).
  "GET /api/usagers/[id]/export": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), record: "markedUsager", reveals: { RESPONSABLE: ["note"] } },
  // ── Features added alongside issue #8 (to be confirmed by the first full run) ──
  "GET /api/usagers/[id]/notice": { expect: matrix<HttpOutcome>(SOCIAL, "ok", "404", "404"), record: "markedUsager", body: "binary" },
  // No session: the token is the credential; a guessed one is a 404 for everyone (decision 0087).
  "GET /api/agenda/flux/[token]": { expect: matrix<HttpOutcome>(SIGNED_IN, "404", "404", "404"), path: "/api/agenda/flux/jeton-invente.ics" },
  "GET /api/agenda/ics": { expect: matrix<HttpOutcome>([...SOCIAL, "OTHER_TS"], "ok", "404", "404") },
  "GET /api/agenda/rendez-vous/[id]/ics": { expect: matrix<HttpOutcome>(SOCIAL, "ok", "404", "404"), record: "rendezVous" },
  "GET /api/documents/[id]": { expect: matrix<HttpOutcome>(SOCIAL, "ok", "404", "404"), record: "document", body: "binary" },
  // Same-origin, but no query parameters: the form is refused (400); signed out, no session (401).
  "POST /api/documents": { expect: matrix<HttpOutcome>(SIGNED_IN, 400, 400, 401) },
  "GET /api/domiciliations/[id]/courrier": { expect: matrix<HttpOutcome>(SOCIAL, "ok", "404", "404"), record: "domiciliation", body: "binary" },
  "GET /api/domiciliations/rapport": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), path: "/api/domiciliations/rapport?annee=2026&format=xlsx", body: "binary" },
  "GET /api/tableau-de-bord/abs": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), path: "/api/tableau-de-bord/abs?annee=2026", body: "binary" },
  "GET /api/tableau-de-bord/export": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), path: "/api/tableau-de-bord/export?table=charge&format=csv" },
  "GET /api/tableau-de-bord/rapport": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), path: "/api/tableau-de-bord/rapport?annee=2026", body: "binary" },
  // A form without JavaScript: with no file the RESPONSABLE is sent back to the form (303, the
  // French error signed in the address); anyone else gets a 404, signed out the sign-in page.
  "POST /api/courriers/modeles": { expect: matrix<HttpOutcome>(["RESPONSABLE"], 303, "404", "login") },
  "POST /api/courriers/logo": { expect: matrix<HttpOutcome>(["RESPONSABLE"], 303, "404", "login") },
  "POST /api/import": { expect: matrix<HttpOutcome>(["RESPONSABLE", "ADMIN"], 303, "404", "login") },
  "GET /api/import/export": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), path: "/api/import/export?format=csv" },
  "GET /api/import/export/annuaire": { expect: matrix<HttpOutcome>(["RESPONSABLE", "ADMIN"], "ok", "404", "404"), path: "/api/import/export/annuaire?format=csv" },
  "GET /api/import/[id]/rapport": { expect: matrix<HttpOutcome>(["RESPONSABLE", "ADMIN"], "ok", "404", "404"), record: "importJob", query: "?format=csv" },
  "GET /api/courriers/versions/[id]": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), record: "courrierModeleVersion", body: "binary" },
  "GET /api/courriers/modeles/[id]/apercu": { expect: matrix<HttpOutcome>(["RESPONSABLE"], "ok", "404", "404"), record: "courrierApercu", query: "?element=[element]&format=docx", body: "binary" },
};

export const ACTIONS: Record<string, Table<ActionOutcome>> = {
  // The public signalement page's one write: anyone, signed in or not (issue 22).
  [`lib/actions/signalement-public.ts#submitSignalementAction`]: matrix<ActionOutcome>(SIGNED_IN, "ok", "ok", "ok"),
  // The maraude (the fixture's TS is on the team; OTHER_TS is of another structure).
  [`lib/actions/maraude.ts#changeSignalementStatusAction`]: act(...SOCIAL),
  [`lib/actions/maraude.ts#linkSignalementAction`]: act(...SOCIAL),
  [`lib/actions/maraude.ts#createDossierFromSignalementAction`]: act(...SOCIAL),
  [`lib/actions/maraude.ts#setMaraudeMemberAction`]: act("RESPONSABLE"),
  [`lib/actions/maraude.ts#updateSignalementSettingsAction`]: act("RESPONSABLE"),
  [`lib/actions/users.ts#createUserAction`]: act("ADMIN"),
  [`lib/actions/users.ts#updateUserAction`]: act("ADMIN"),
  [`lib/actions/users.ts#setUserStatusAction`]: act("ADMIN"),
  [`lib/actions/users.ts#resetUserPasswordAction`]: act("ADMIN"),
  // Social accounts created or raised by an ADMIN: approved by a RESPONSABLE of the structure, never the ADMIN (decision 0070).
  [`lib/actions/account-approval.ts#approveAccountAction`]: act("RESPONSABLE"),
  [`lib/actions/account-approval.ts#refuseAccountAction`]: act("RESPONSABLE"),
  [`lib/actions/annuaire.ts#createPartenaireAction`]: act("RESPONSABLE", "ADMIN"),
  [`lib/actions/annuaire.ts#updatePartenaireAction`]: act("RESPONSABLE", "ADMIN"),
  [`lib/actions/annuaire.ts#setPartenaireActifAction`]: act("RESPONSABLE", "ADMIN"),
  [`lib/actions/fiches.ts#sendFicheAction`]: act("AGENT"),
  [`lib/actions/fiches.ts#receiveFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#evaluateFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#linkFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#createDossierFromFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#assignFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#giveRdvAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#reorientFicheAction`]: act(...SOCIAL),
  [`lib/actions/fiches.ts#closeFicheAction`]: act(...SOCIAL),
  [`lib/actions/settings.ts#updateRavSettingsAction`]: act("RESPONSABLE"),
  [`lib/actions/accompagnements.ts#openAccompagnementAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#updateAccompagnementAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#changeAccompagnementStatusAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#savePlanAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#setPlanActionStatusAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#saveBudgetaireAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#saveLogementAction`]: act(...SOCIAL),
  [`lib/actions/accompagnements.ts#saveErranceAction`]: act(...SOCIAL),
  [`lib/actions/aides.ts#createAideAction`]: act(...SOCIAL),
  [`lib/actions/aides.ts#updateAideAction`]: act(...SOCIAL),
  // The decision (accordée, refusée, ajournée) is the RESPONSABLE's.
  [`lib/actions/aides.ts#changeAideStatusAction`]: with_(act(...SOCIAL), { TRAVAILLEUR_SOCIAL: "refused" }),
  [`lib/actions/aides.ts#recordAidePaymentAction`]: act(...SOCIAL),
  [`lib/actions/diagnostics.ts#createDiagnosticAction`]: act(...SOCIAL),
  [`lib/actions/entretiens.ts#createEntretienAction`]: act(...SOCIAL),
  // A draft is its author's, on a dossier they may write in (decision 0067).
  [`lib/actions/drafts.ts#saveDraftAction`]: act(...SOCIAL),
  [`lib/actions/drafts.ts#discardDraftAction`]: act(...SOCIAL),
  // A reminder is its author's: a RESPONSABLE does not tick a colleague's.
  [`lib/actions/entretiens.ts#markRappelFaitAction`]: act("TRAVAILLEUR_SOCIAL"),
  [`lib/actions/orientations.ts#createOrientationAction`]: act(...SOCIAL),
  [`lib/actions/orientations.ts#changeOrientationStatusAction`]: act(...SOCIAL),
  [`lib/actions/orientations.ts#recordOrientationRelanceAction`]: act(...SOCIAL),
  [`lib/actions/transmissions.ts#createTransmissionAction`]: act(...SOCIAL),
  [`lib/actions/taches.ts#createTacheAction`]: act(...SOCIAL),
  // A notification is its recipient's (the TS's): anyone else's is not found.
  [`lib/actions/notifications.ts#markNotificationReadAction`]: act("TRAVAILLEUR_SOCIAL"),
  [`lib/actions/notifications.ts#openNotificationAction`]: act("TRAVAILLEUR_SOCIAL"),
  // One's own: every signed-in role (nothing to mark is not an error).
  [`lib/actions/notifications.ts#markAllNotificationsReadAction`]: act(...SIGNED_IN),
  [`lib/actions/notifications.ts#saveNotificationPreferencesAction`]: act(...SIGNED_IN),
  [`lib/actions/taches.ts#changeTacheStatusAction`]: act(...SOCIAL),
  // One's own absence (TS, RESPONSABLE); OTHER_TS names a remplaçant of structure A: refused on the field.
  [`lib/actions/absences.ts#recordAbsenceAction`]: with_(act(...SOCIAL), { OTHER_TS: "refused" }),
  // The TS's absence: the TS, or the RESPONSABLE of the team.
  [`lib/actions/absences.ts#cancelAbsenceAction`]: act(...SOCIAL),
  [`lib/actions/absences.ts#createAgendaFeedAction`]: act(...SOCIAL, "OTHER_TS"),
  // A feed is its owner's (the TS's) alone.
  [`lib/actions/absences.ts#revokeAgendaFeedAction`]: act("TRAVAILLEUR_SOCIAL"),
  // A colleague reads the message but may not correct it: only its author, within 10 minutes.
  [`lib/actions/transmissions.ts#editTransmissionAction`]: with_(act("TRAVAILLEUR_SOCIAL"), { RESPONSABLE: "refused" }),
  // Creating a dossier is done in one's own structure: OTHER_TS may.
  [`lib/actions/usagers.ts#createUsagerAction`]: act(...SOCIAL, "OTHER_TS"),
  // The duplicate check finds structure A's dossier for A's social workers only.
  ["lib/actions/journee.ts#searchDossiersToOpenAction"]: matrix<ActionOutcome>(SOCIAL, "ok", "empty", "login"),
  [`lib/actions/usagers.ts#findDuplicatesAction`]: matrix<ActionOutcome>(SOCIAL, "ok", "empty", "login"),
  // Seals a search term into the list's URL (decision 0064): whoever may list usagers, in any
  // structure (the token names only a term, bound to its user; it reads no dossier).
  [`lib/actions/usagers.ts#searchUsagersAction`]: act(...SOCIAL, "OTHER_TS"),
  [`lib/actions/usagers.ts#updateUsagerAction`]: act(...SOCIAL),
  [`lib/actions/usagers.ts#addReferentAction`]: act(...SOCIAL),
  [`lib/actions/usagers.ts#removeReferentAction`]: act(...SOCIAL),
  // Archiving a dossier is the RESPONSABLE's.
  [`lib/actions/usagers.ts#setUsagerStatusAction`]: with_(act(...SOCIAL), { TRAVAILLEUR_SOCIAL: "refused" }),
  // Public: signing in needs no session (the page sends a signed-in person home).
  ["lib/actions/auth.ts#signInAction"]: matrix<ActionOutcome>([], "ok", "ok", "ok"),
  ["lib/actions/auth.ts#signInCodeAction"]: matrix<ActionOutcome>([], "ok", "ok", "ok"),
  ["lib/actions/auth.ts#cancelSignInCodeAction"]: matrix<ActionOutcome>([], "ok", "ok", "ok"),
  ["lib/actions/auth.ts#changeOwnPasswordAction"]: act(...SIGNED_IN),
  // Signing out needs no valid session (an expired one still clears its cookie).
  ["lib/actions/auth.ts#signOutAction"]: matrix<ActionOutcome>([], "ok", "ok", "ok"),
  ["lib/actions/settings.ts#updateSignInSettingsAction"]: act("ADMIN"),

  // ── Features added alongside issue #8: outcomes read from their rules (lib/auth/permissions.ts),
  // payloads pointing at structure A's records (so OTHER_TS gets 404). Each still needs its valid
  // payload in action-cases.ts before the suites exercise it. ──
  [`lib/actions/totp.ts#resetUserTotpAction`]: act("ADMIN"),
  ["lib/actions/totp.ts#confirmTotpAction"]: act(...SIGNED_IN),
  // The second factor is required for an ADMIN: they may not switch it off.
  ["lib/actions/totp.ts#disableTotpAction"]: with_(act(...SIGNED_IN), { ADMIN: "refused" }),
  [`lib/actions/agenda.ts#createRendezVousAction`]: act(...SOCIAL),
  [`lib/actions/agenda.ts#moveRendezVousAction`]: act(...SOCIAL),
  [`lib/actions/agenda.ts#setRendezVousStatusAction`]: act(...SOCIAL),
  // OTHER_TS may set up permanences in their own structure: a site of structure A is an unknown site (field error).
  [`lib/actions/agenda.ts#createPermanenceAction`]: with_(act(...SOCIAL), { OTHER_TS: "refused" }),
  [`lib/actions/agenda.ts#closePermanenceAction`]: act(...SOCIAL),
  [`lib/actions/agenda.ts#addPermanenceExceptionAction`]: act(...SOCIAL),
  [`lib/actions/agenda.ts#removePermanenceExceptionAction`]: act(...SOCIAL),
  // An agent books a permanence slot of their own site.
  [`lib/actions/agenda.ts#bookPermanenceSlotAction`]: act("AGENT", ...SOCIAL),
  [`lib/actions/ateliers.ts#createAtelierAction`]: act(...SOCIAL, "OTHER_TS"),
  [`lib/actions/ateliers.ts#updateAtelierAction`]: act(...SOCIAL),
  [`lib/actions/ateliers.ts#changeAtelierStatusAction`]: act(...SOCIAL),
  [`lib/actions/ateliers.ts#inscrireUsagerAction`]: act(...SOCIAL),
  [`lib/actions/ateliers.ts#desinscrireUsagerAction`]: act(...SOCIAL),
  [`lib/actions/ateliers.ts#enregistrerPresencesAction`]: act(...SOCIAL),
  // The mail desk: social workers, and agents of a Maison des Solidarités (the demo agent is at a mairie de quartier).
  [`lib/actions/courrier.ts#receiveCourrierAction`]: act(...SOCIAL),
  [`lib/actions/courrier.ts#handOverCourrierAction`]: act(...SOCIAL),
  [`lib/actions/courrier.ts#returnCourrierAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#requestDomiciliationAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#decideDomiciliationAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#renewDomiciliationAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#endDomiciliationAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#keepDomiciliationAction`]: act(...SOCIAL),
  [`lib/actions/domiciliation.ts#linkDomiciliationEntretienAction`]: act(...SOCIAL),
  [`lib/actions/rgpd.ts#recordNoticeGivenAction`]: act(...SOCIAL),
  [`lib/actions/dashboard.ts#reassignDossiersAction`]: act("RESPONSABLE"),
  [`lib/actions/settings.ts#updateRetentionSettingsAction`]: act("RESPONSABLE"),
  [`lib/actions/retention.ts#refreshRetentionReviewAction`]: act("RESPONSABLE"),
  [`lib/actions/retention.ts#confirmAnonymisationAction`]: act("RESPONSABLE"),
  // The accueil: the agent d'accueil at their own site, TS and RESPONSABLE at any site of the structure (OTHER_TS: a site not theirs).
  ["lib/actions/accueil.ts#recordPassageAction"]: with_(act("AGENT", ...SOCIAL), { OTHER_TS: "refused" }),
  ["lib/actions/accueil.ts#addToQueueAction"]: with_(act("AGENT", ...SOCIAL), { OTHER_TS: "refused" }),
  // "Prendre en charge" opens the dossier: the professionals only; the agent records departures.
  ["lib/actions/accueil.ts#takeFromQueueAction"]: act(...SOCIAL),
  ["lib/actions/accueil.ts#leaveQueueAction"]: act("AGENT", ...SOCIAL),
  // A document is its structure's; a confidential one, its uploader's and the RESPONSABLE's.
  ["lib/actions/documents.ts#renameDocumentAction"]: act(...SOCIAL),
  ["lib/actions/documents.ts#deleteDocumentAction"]: act(...SOCIAL),
  ["lib/actions/documents.ts#restoreDocumentAction"]: act(...SOCIAL),
  // Letters: generated and sent by TS and RESPONSABLE on records they read; letterhead and templates, the RESPONSABLE.
  ["lib/actions/courriers.ts#generateCourrierAction"]: act(...SOCIAL),
  ["lib/actions/courriers.ts#recordCourrierEnvoiAction"]: act(...SOCIAL),
  ["lib/actions/courriers.ts#saveLetterheadAction"]: act("RESPONSABLE"),
  ["lib/actions/courriers.ts#removeLogoAction"]: act("RESPONSABLE"),
  ["lib/actions/courriers.ts#archiveCourrierModeleAction"]: act("RESPONSABLE"),
  ["lib/actions/courriers.ts#restoreCourrierModeleAction"]: act("RESPONSABLE"),
  // Import of spreadsheets: RESPONSABLE and ADMIN of the structure (decision 0035).
  ["lib/actions/import.ts#saveImportMappingAction"]: act("RESPONSABLE", "ADMIN"),
  ["lib/actions/import.ts#saveImportSheetMappingAction"]: act("RESPONSABLE", "ADMIN"),
  ["lib/actions/import.ts#setImportGroupChoicesAction"]: act("RESPONSABLE", "ADMIN"),
  ["lib/actions/import.ts#setImportRowChoiceAction"]: act("RESPONSABLE", "ADMIN"),
  ["lib/actions/import.ts#startImportAction"]: act("RESPONSABLE", "ADMIN"),
  ["lib/actions/import.ts#cancelImportAction"]: act("RESPONSABLE", "ADMIN"),
};

export const LISTED_KEYS = [...Object.keys(PAGES), ...Object.keys(ROUTES), ...Object.keys(ACTIONS)];
