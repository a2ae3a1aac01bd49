// Every rule × every role, same structure and other structure. A new rule must be added here.
import { describe, expect, it } from "vitest";
import * as rules from "@/lib/auth/permissions";
import { ROLES, type Actor, type Role } from "@/lib/auth/actor";

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
  canListUsagers: [rules.canListUsagers, social],
  canCreateUsager: [rules.canCreateUsager, social],
  canEditStructureSettings: [rules.canEditStructureSettings, only("RESPONSABLE")],
  canSendFiche: [rules.canSendFiche, only("AGENT")],
  canListFiches: [rules.canListFiches, only("AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE")],
  canReadAnnuaire: [rules.canReadAnnuaire, only("AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN")],
  canEditAnnuaire: [rules.canEditAnnuaire, only("RESPONSABLE", "ADMIN")],
  canReadAuditLog: [rules.canReadAuditLog, only("RESPONSABLE", "ADMIN")],
};
const targetRules: Record<string, [(a: Actor, t: { structureId: string }) => boolean, Row]> = {
  canManageUser: [rules.canManageUser, only("ADMIN")],
  canViewUsager: [rules.canViewUsager, social],
  canEditUsager: [rules.canEditUsager, social],
  canArchiveUsager: [rules.canArchiveUsager, only("RESPONSABLE")],
  canWriteSuivi: [rules.canWriteSuivi, social],
  canDecideAide: [rules.canDecideAide, only("RESPONSABLE")],
  canProcessFiche: [rules.canProcessFiche, social],
  canOrient: [rules.canOrient, social],
  canExportPersonData: [rules.canExportPersonData, only("RESPONSABLE")],
};

describe("permission rules", () => {
  it("lists every exported rule in this table", () => {
    const exported = Object.entries(rules).filter(([name, v]) => typeof v === "function" && name.startsWith("can")).map(([n]) => n);
    const tested = [...Object.keys(actorRules), ...Object.keys(targetRules), "canChangeReferent",
      "canReadConfidentialNote", "canManageAccompagnement", "canViewFicheAsAgent", "canAssignFiche"];
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
