// Every rule × every role, same structure and other structure. A new rule must be added here.
import { describe, expect, it } from "vitest";
import * as permissionRules from "@/lib/auth/permissions";
import { ROLES, type Actor, type Role } from "@/lib/auth/actor";
import { NOTHING } from "@/lib/auth/scopes/structure";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { userScope } from "@/lib/auth/scopes/user";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { ficheAgentScope, ficheCcasScope } from "@/lib/auth/scopes/fiche";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { permanenceScope } from "@/lib/auth/scopes/permanence";
import { courrierScope } from "@/lib/auth/scopes/courrier";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";

// The scopes moved to lib/auth/scopes/ (tests/unit/scopes.test.ts covers them all); the checks
// below still read a few as `rules.…`. The former suiviScope is the entretiens' rule.
const rules = {
  ...permissionRules, NOTHING, usagerScope, userScope, suiviScope: entretienScope, ficheAgentScope, ficheCcasScope,
  rendezVousScope, permanenceScope, courrierScope, domiciliationScope,
};

const actor = (role: Role, id = `user-${role}`): Actor => ({
  id, role, structureId: "A", siteId: role === "AGENT" ? "site-1" : null, firstName: "Camille", lastName: "Test", email: "x@y.fr", mustChangePassword: false, ip: null,
});
const mine = { structureId: "A" };
const theirs = { structureId: "B" };

type Row = Record<Role, boolean>;
const only = (...roles: Role[]): Row => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Row;
const social = only("TRAVAILLEUR_SOCIAL", "RESPONSABLE");

const actorRules: Record<string, [(a: Actor) => boolean, Row]> = {
  canManageUsers: [rules.canManageUsers, only("ADMIN")],
  canApproveAccounts: [rules.canApproveAccounts, only("RESPONSABLE")],
  canEditSignInSettings: [rules.canEditSignInSettings, only("ADMIN")],
  canListUsagers: [rules.canListUsagers, social],
  canCreateUsager: [rules.canCreateUsager, social],
  canEditStructureSettings: [rules.canEditStructureSettings, only("RESPONSABLE")],
  canSendFiche: [rules.canSendFiche, only("AGENT")],
  canListFiches: [rules.canListFiches, only("AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE")],
  canReadAnnuaire: [rules.canReadAnnuaire, only("AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN")],
  canEditAnnuaire: [rules.canEditAnnuaire, only("RESPONSABLE", "ADMIN")],
  canReadAuditLog: [rules.canReadAuditLog, only("RESPONSABLE", "ADMIN")],
  canViewDashboard: [rules.canViewDashboard, social],
  canViewAllCaseloads: [rules.canViewAllCaseloads, only("RESPONSABLE")],
  canExportDashboard: [rules.canExportDashboard, only("RESPONSABLE")],
  canReassignDossiers: [rules.canReassignDossiers, only("RESPONSABLE")],
  canViewAgenda: [rules.canViewAgenda, social],
  canListAteliers: [rules.canListAteliers, social],
  canReadDomiciliationReport: [rules.canReadDomiciliationReport, only("RESPONSABLE")],
  canViewJobRuns: [rules.canViewJobRuns, only("RESPONSABLE", "ADMIN")],
  canImportDossiers: [rules.canImportDossiers, only("RESPONSABLE", "ADMIN")],
  canExportDossiersForImport: [rules.canExportDossiersForImport, only("RESPONSABLE")],
  canReviewRetention: [rules.canReviewRetention, only("RESPONSABLE")],
  canAssignOthers: [rules.canAssignOthers, only("RESPONSABLE")],
  canListEntretiens: [rules.canListEntretiens, social],
  canListAides: [rules.canListAides, social],
  canSeeAllAideRequests: [rules.canSeeAllAideRequests, only("RESPONSABLE")],
  canListOrientations: [rules.canListOrientations, social],
  canListDomiciliations: [rules.canListDomiciliations, social],
  canReadWholeAuditLog: [rules.canReadWholeAuditLog, only("RESPONSABLE")],
  canReadAccountEventsOnly: [rules.canReadAccountEventsOnly, only("ADMIN")],
  canReadStructureSettings: [rules.canReadStructureSettings, social],
  canViewOthersConfidentialDocuments: [rules.canViewOthersConfidentialDocuments, only("RESPONSABLE")],
  canViewTodoList: [rules.canViewTodoList, social],
  canManageCourrierModeles: [rules.canManageCourrierModeles, only("RESPONSABLE")],
  canEditLetterhead: [rules.canEditLetterhead, only("RESPONSABLE")],
  canCreateTache: [rules.canCreateTache, social],
  canViewTeamTaches: [rules.canViewTeamTaches, only("RESPONSABLE")],
  canManageTeamAbsences: [rules.canManageTeamAbsences, only("RESPONSABLE")],
  canSubscribeAgenda: [rules.canSubscribeAgenda, social],
  // Without the team flag: the RESPONSABLE only (the flag is tested below).
  canUseMaraudeInbox: [rules.canUseMaraudeInbox, only("RESPONSABLE")],
  canManageMaraude: [rules.canManageMaraude, only("RESPONSABLE")],
  canUseAccueil: [rules.canUseAccueil, only("AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE")],
  canTakePeopleFromQueue: [rules.canTakePeopleFromQueue, social],
};
const targetRules: Record<string, [(a: Actor, t: { structureId: string }) => boolean, Row]> = {
  canManageUser: [rules.canManageUser, only("ADMIN")],
  canApproveAccount: [rules.canApproveAccount, only("RESPONSABLE")],
  canViewUsager: [rules.canViewUsager, social],
  canEditUsager: [rules.canEditUsager, social],
  canArchiveUsager: [rules.canArchiveUsager, only("RESPONSABLE")],
  canWriteSuivi: [rules.canWriteSuivi, social],
  canDecideAide: [rules.canDecideAide, only("RESPONSABLE")],
  canProcessFiche: [rules.canProcessFiche, social],
  canOrient: [rules.canOrient, social],
  canExportPersonData: [rules.canExportPersonData, only("RESPONSABLE")],
  canManageRendezVous: [rules.canManageRendezVous, social],
  canManageAtelier: [rules.canManageAtelier, social],
  canManageDomiciliation: [rules.canManageDomiciliation, social],
  canAddDocument: [rules.canAddDocument, social],
  canAnonymiseUsager: [rules.canAnonymiseUsager, only("RESPONSABLE")],
  canGiveInformationNotice: [rules.canGiveInformationNotice, social],
  canResetTotp: [rules.canResetTotp, only("ADMIN")],
  canGenerateCourrier: [rules.canGenerateCourrier, social],
  canSendCourrier: [rules.canSendCourrier, social],
  canWriteTransmission: [rules.canWriteTransmission, social],
  canHandleSignalement: [rules.canHandleSignalement, only("RESPONSABLE")],
  canTakeFromQueue: [rules.canTakeFromQueue, social],
};

describe("password sign-in when the structure turned it off (decision 0042)", () => {
  for (const role of ROLES) {
    it(`${role}: ${role === "ADMIN" ? "still allowed (break-glass)" : "refused"}; allowed while the structure keeps it`, () => {
      expect(rules.canSignInWithPassword({ role }, false)).toBe(role === "ADMIN");
      expect(rules.canSignInWithPassword({ role }, true)).toBe(true);
    });
  }
});

describe("permission rules", () => {
  it("a social account created or raised from outside the secret needs a responsable's approval (decision 0070)", () => {
    const admin = actor("ADMIN");
    expect(ROLES.filter((r) => rules.needsApproval(admin, r, null))).toEqual(["TRAVAILLEUR_SOCIAL", "RESPONSABLE"]);
    expect(rules.needsApproval(admin, "TRAVAILLEUR_SOCIAL", "AGENT")).toBe(true);
    expect(rules.needsApproval(admin, "RESPONSABLE", "TRAVAILLEUR_SOCIAL")).toBe(true);
    expect(rules.needsApproval(admin, "RESPONSABLE", "ADMIN")).toBe(true);
    expect(rules.needsApproval(admin, "TRAVAILLEUR_SOCIAL", "RESPONSABLE")).toBe(false);
    expect(rules.needsApproval(admin, "TRAVAILLEUR_SOCIAL", "TRAVAILLEUR_SOCIAL")).toBe(false);
    expect(rules.needsApproval(admin, "AGENT", "TRAVAILLEUR_SOCIAL")).toBe(false);
    expect(rules.needsApproval(actor("RESPONSABLE"), "TRAVAILLEUR_SOCIAL", null)).toBe(false);
    expect(ROLES.filter((r) => rules.passwordResetNeedsApproval(admin, { role: r }))).toEqual(["TRAVAILLEUR_SOCIAL", "RESPONSABLE"]);
  });

  it("lists every exported rule in this table", () => {
    const exported = Object.entries(rules).filter(([name, v]) => typeof v === "function" && name.startsWith("can")).map(([n]) => n);
    const tested = [...Object.keys(actorRules), ...Object.keys(targetRules), "canChangeReferent",
      "canReadConfidentialNote", "canManageAccompagnement", "canViewFicheAsAgent", "canAssignFiche",
      "canUseCourrier",
      "canViewDocument", "canManageDocument",
      "canManagePermanence", "canBookPermanence", "canReadAuditAction", "canEditTransmission", "canChangeTacheStatus",
      "canUseAccueilAt", "canCloseQueueEntry", "canRecordAbsence", "canSignInWithPassword"];
    expect(exported.sort()).toEqual(tested.sort());
  });

  for (const [name, [rule, expected]] of Object.entries(actorRules)) {
    for (const role of ROLES) {
      it(`${name} for ${role} is ${expected[role]}`, () => expect(rule(actor(role))).toBe(expected[role]));
    }
  }

  for (const [name, [rule, expected]] of Object.entries(targetRules)) {
    for (const role of ROLES) {
      it(`${name} for ${role}: own structure ${expected[role]}, other structure false`, () => {
        expect(rule(actor(role), mine)).toBe(expected[role]);
        expect(rule(actor(role), theirs)).toBe(false);
      });
    }
  }

  describe("canRecordAbsence: one's own (TS, RESPONSABLE), a colleague's (RESPONSABLE), of the structure", () => {
    for (const role of ROLES) {
      it(`for ${role}`, () => {
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        const a = actor(role, "me");
        expect(rules.canRecordAbsence(a, { structureId: "A", id: "me" })).toBe(social);
        expect(rules.canRecordAbsence(a, { structureId: "A", id: "x" })).toBe(role === "RESPONSABLE");
        expect(rules.canRecordAbsence(a, { structureId: "B", id: "me" })).toBe(false);
      });
    }
  });

  describe("canChangeTacheStatus: the assignee, the giver, a RESPONSABLE of the structure", () => {
    for (const role of ROLES) {
      it(`for ${role}`, () => {
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        const a = actor(role, "me");
        expect(rules.canChangeTacheStatus(a, { structureId: "A", assigneeId: "me", createdById: "x" })).toBe(social);
        expect(rules.canChangeTacheStatus(a, { structureId: "A", assigneeId: "x", createdById: "me" })).toBe(social);
        expect(rules.canChangeTacheStatus(a, { structureId: "A", assigneeId: "x", createdById: "y" })).toBe(role === "RESPONSABLE");
        expect(rules.canChangeTacheStatus(a, { structureId: "B", assigneeId: "me", createdById: "me" })).toBe(false);
      });
    }
  });

  describe("canEditTransmission: its author, of the structure, during 10 minutes", () => {
    const now = new Date("2026-12-03T10:00:00Z");
    const at = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    for (const role of ROLES) {
      it(`for ${role}`, () => {
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        const a = actor(role, "me");
        expect(rules.canEditTransmission(a, { structureId: "A", authorId: "me", createdAt: at(9) }, now)).toBe(social);
        expect(rules.canEditTransmission(a, { structureId: "A", authorId: "me", createdAt: at(10) }, now)).toBe(false);
        expect(rules.canEditTransmission(a, { structureId: "A", authorId: "other", createdAt: at(1) }, now)).toBe(false);
        expect(rules.canEditTransmission(a, { structureId: "B", authorId: "me", createdAt: at(1) }, now)).toBe(false);
      });
    }
  });

  describe("documents: confidential ones for their uploader and the RESPONSABLE only", () => {
    for (const role of ROLES) {
      for (const name of ["canViewDocument", "canManageDocument"] as const) {
        it(`${name} for ${role}`, () => {
          const a = actor(role, "me");
          const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
          const rule = rules[name];
          expect(rule(a, { structureId: "A", confidential: false, uploadedById: "other" })).toBe(social);
          expect(rule(a, { structureId: "A", confidential: true, uploadedById: "me" })).toBe(social);
          expect(rule(a, { structureId: "A", confidential: true, uploadedById: "other" })).toBe(role === "RESPONSABLE");
          expect(rule(a, { structureId: "B", confidential: false, uploadedById: "me" })).toBe(false);
        });
      }
    }
  });

  describe("canReadAuditAction: the whole journal for a RESPONSABLE, account events for an ADMIN", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role);
        expect(rules.canReadAuditAction(a, "auth.login")).toBe(role === "RESPONSABLE" || role === "ADMIN");
        expect(rules.canReadAuditAction(a, "user.create")).toBe(role === "RESPONSABLE" || role === "ADMIN");
        expect(rules.canReadAuditAction(a, "usager.read")).toBe(role === "RESPONSABLE");
        expect(rules.canReadAuditAction(a, "users.read")).toBe(role === "RESPONSABLE");
      });
    }
  });

  describe("canChangeReferent", () => {
    for (const role of ROLES) {
      it(`${role}`, () => {
        const a = actor(role, "me");
        const expectSelf = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canChangeReferent(a, mine, "me")).toBe(expectSelf);
        expect(rules.canChangeReferent(a, mine, "someone-else")).toBe(role === "RESPONSABLE");
        expect(rules.canChangeReferent(a, theirs, "me")).toBe(false);
      });
    }
  });

  describe("confidential notes: author only, whatever the role", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role, "me");
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canReadConfidentialNote(a, { structureId: "A", authorId: "me" })).toBe(social);
        expect(rules.canReadConfidentialNote(a, { structureId: "A", authorId: "other" })).toBe(false);
        expect(rules.canReadConfidentialNote(a, { structureId: "B", authorId: "me" })).toBe(false);
      });
    }
  });

  describe("accompagnement management: its référent or a RESPONSABLE", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role, "me");
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canManageAccompagnement(a, { structureId: "A", referentId: "me" })).toBe(social);
        expect(rules.canManageAccompagnement(a, { structureId: "A", referentId: "other" })).toBe(role === "RESPONSABLE");
        expect(rules.canManageAccompagnement(a, { structureId: "B", referentId: "me" })).toBe(false);
      });
    }
  });

  describe("fiches: agents see their own site's, the CCAS assigns", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role, "me");
        expect(rules.canViewFicheAsAgent(a, { structureId: "A", siteId: "site-1" })).toBe(role === "AGENT");
        expect(rules.canViewFicheAsAgent(a, { structureId: "A", siteId: "site-2" })).toBe(false);
        expect(rules.canViewFicheAsAgent(a, { structureId: "B", siteId: "site-1" })).toBe(false);
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canAssignFiche(a, { structureId: "A" }, "me")).toBe(social);
        expect(rules.canAssignFiche(a, { structureId: "A" }, "other")).toBe(role === "RESPONSABLE");
        expect(rules.canAssignFiche(a, { structureId: "B" }, "me")).toBe(false);
      });
    }
  });

  describe("agenda: own permanences for a TS, own site's for an agent", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role, "me");
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canManagePermanence(a, { structureId: "A", travailleurId: "me" })).toBe(social);
        expect(rules.canManagePermanence(a, { structureId: "A", travailleurId: "other" })).toBe(role === "RESPONSABLE");
        expect(rules.canManagePermanence(a, { structureId: "B", travailleurId: "me" })).toBe(false);
        expect(rules.canBookPermanence(a, { structureId: "A", siteId: "site-1" })).toBe(social || role === "AGENT");
        expect(rules.canBookPermanence(a, { structureId: "A", siteId: "site-2" })).toBe(social);
        expect(rules.canBookPermanence(a, { structureId: "B", siteId: "site-1" })).toBe(false);
        expect(rules.rendezVousScope(a)).toEqual(social ? { structureId: "A" } : rules.NOTHING);
        expect(rules.permanenceScope(a)).toEqual(social ? { structureId: "A" } : role === "AGENT" ? { structureId: "A", siteId: "site-1" } : rules.NOTHING);
      });
    }
  });

  describe("courrier: TS, RESPONSABLE, and the reception agent of a Maison des Solidarités only", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role);
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canUseCourrier(a, "MAISON_DES_SOLIDARITES")).toBe(social || role === "AGENT");
        expect(rules.canUseCourrier(a, "MAIRIE_DE_QUARTIER")).toBe(social);
        expect(rules.canUseCourrier(a, null)).toBe(social);
        expect(rules.canUseCourrier({ ...a, siteId: null }, "MAISON_DES_SOLIDARITES")).toBe(social);
        expect(rules.courrierScope(a, "MAISON_DES_SOLIDARITES")).toEqual(social || role === "AGENT" ? { structureId: "A" } : rules.NOTHING);
        expect(rules.domiciliationScope(a)).toEqual(social ? { structureId: "A" } : rules.NOTHING);
      });
    }
  });

  describe("maraude: the team flag opens the inbox to a social worker, never to an agent or an admin", () => {
    for (const role of ROLES) {
      it(role, () => {
        const member = { ...actor(role), maraude: true };
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canUseMaraudeInbox(member)).toBe(social);
        expect(rules.canHandleSignalement(member, mine)).toBe(social);
        expect(rules.canHandleSignalement(member, theirs)).toBe(false);
        expect(rules.canManageMaraude(member)).toBe(role === "RESPONSABLE");
      });
    }
  });

  describe("accueil: the agent at their own site, TS and RESPONSABLE at every site of the structure", () => {
    for (const role of ROLES) {
      it(role, () => {
        const a = actor(role);
        const social = role === "TRAVAILLEUR_SOCIAL" || role === "RESPONSABLE";
        expect(rules.canUseAccueilAt(a, { structureId: "A", id: "site-1" })).toBe(social || role === "AGENT");
        expect(rules.canUseAccueilAt(a, { structureId: "A", id: "site-2" })).toBe(social);
        expect(rules.canUseAccueilAt(a, { structureId: "B", id: "site-1" })).toBe(false);
        expect(rules.canCloseQueueEntry(a, { structureId: "A", siteId: "site-1" })).toBe(social || role === "AGENT");
        expect(rules.canCloseQueueEntry(a, { structureId: "A", siteId: "site-2" })).toBe(social);
        expect(rules.canUseAccueil({ ...a, siteId: null })).toBe(social);
      });
    }
  });

  describe("scopes deny by default", () => {
    for (const role of ROLES) {
      it(`usagerScope and userScope for ${role}`, () => {
        expect(rules.usagerScope(actor(role))).toEqual(social[role] ? { structureId: "A" } : rules.NOTHING);
        expect(rules.userScope(actor(role))).toEqual(role === "ADMIN" ? { structureId: "A" } : rules.NOTHING);
        expect(rules.suiviScope(actor(role))).toEqual(social[role] ? { structureId: "A" } : rules.NOTHING);
        expect(rules.ficheCcasScope(actor(role))).toEqual(social[role] ? { structureId: "A" } : rules.NOTHING);
        expect(rules.ficheAgentScope(actor(role))).toEqual(role === "AGENT" ? { structureId: "A", siteId: "site-1" } : rules.NOTHING);
      });
    }
  });
});
