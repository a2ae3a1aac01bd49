// Every scope of lib/auth/scopes for every role: the where-input it gives, and its SQL twin
// rendered for the same rule (alias "x"). Actors are of structure "A"; the agent is at "site-1".
// Whether both forms select the same rows on a real database: tests/integration/scopes-sql.test.ts.
import { describe, expect, it } from "vitest";
import { ROLES, type Actor, type Role } from "@/lib/auth/actor";
import { ACCOUNT_AUDIT_PREFIXES } from "@/lib/auth/permissions";
import { dashboardScope, dashboardScopeSql, dashboardWorkerScope } from "@/lib/auth/scopes/dashboard";
import { NOTHING, ownedBy, sqlAlias } from "@/lib/auth/scopes/structure";
import { workersOf } from "@/lib/auth/scopes/user";
import { ownStructureSettings } from "@/lib/auth/scopes/structure-settings";
import { SCOPES } from "../helpers/scope-registry";

const actor = (role: Role): Actor => ({
  id: `user-${role}`, role, structureId: "A", siteId: role === "AGENT" ? "site-1" : null,
  firstName: "Camille", lastName: "Test", email: "x@y.fr", mustChangePassword: false, ip: null,
});
const SOCIAL: Role[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"];
const own = { structureId: "A" };
const ownSql = `"x"."structureId" = $1::uuid`;

type Expected = { where: unknown; sql: string; values: unknown[] };
const ownOrNothing = (sees: boolean): Expected => (sees ? { where: own, sql: ownSql, values: ["A"] } : { where: NOTHING, sql: "FALSE", values: [] });
/** A child row through its parent (`parent` table, the child's `column`), the parent's rule being the social work's. */
const throughParent = (role: Role, relation: string, parent: string, alias: string, column: string): Expected => {
  const social = SOCIAL.includes(role);
  return {
    where: { [relation]: social ? own : NOTHING },
    sql: `EXISTS (SELECT 1 FROM "${parent}" "${alias}" WHERE "${alias}".id = "x"."${column}" AND ${social ? `"${alias}"."structureId" = $1::uuid` : "FALSE"})`,
    values: social ? ["A"] : [],
  };
};

const EXPECTED: Record<string, (role: Role) => Expected> = {
  // The social work of the structure: TS and RESPONSABLE.
  ...Object.fromEntries(
    ["usager", "entretien", "diagnostic", "accompagnement", "aide", "ficheCcas", "orientation", "rendezVous", "atelier", "atelierInscription", "domiciliation", "courrierGenere", "courrierModele", "transmission", "tache", "absence"]
      .map((name) => [name, (role: Role) => ownOrNothing(SOCIAL.includes(role))]),
  ),
  // What the whole structure shares.
  ...Object.fromEntries(["partenaire", "colleague", "site", "permanenceBooking"].map((name) => [name, () => ownOrNothing(true)])),
  user: (role) => ownOrNothing(role === "ADMIN"),
  courrier: (role) => ownOrNothing(role !== "ADMIN"),
  // The maraude inbox: the RESPONSABLE, and the team members (flag, tested in permissions.test.ts).
  signalement: (role) => ownOrNothing(role === "RESPONSABLE"),
  signalementEvent: (role) => {
    const sees = role === "RESPONSABLE";
    return {
      where: { signalement: sees ? own : NOTHING },
      sql: `EXISTS (SELECT 1 FROM "Signalement" "x_s" WHERE "x_s".id = "x"."signalementId" AND ${sees ? `"x_s"."structureId" = $1::uuid` : "FALSE"})`,
      values: sees ? ["A"] : [],
    };
  },
  courrierDomiciliation: (role) => ownOrNothing(role !== "ADMIN"),
  // Accounts awaiting a responsable's approval, or approved with an unused code (decision 0070).
  approval: (role) => role === "RESPONSABLE"
    ? {
      where: { structureId: "A", OR: [{ status: "PENDING_APPROVAL" }, { status: "ACTIVE", passwordExpiresAt: { not: null } }] },
      sql: `("x"."structureId" = $1::uuid AND ("x".status = 'PENDING_APPROVAL'::"UserStatus" OR ("x".status = 'ACTIVE'::"UserStatus" AND "x"."passwordExpiresAt" IS NOT NULL)))`,
      values: ["A"],
    }
    : ownOrNothing(false),
  worker: () => ({
    where: { structureId: "A", role: { in: ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"] } },
    sql: `("x"."structureId" = $1::uuid AND "x".role IN ($2::"Role",$3::"Role"))`, values: ["A", "TRAVAILLEUR_SOCIAL", "RESPONSABLE"],
  }),
  usagerReferent: (role) => throughParent(role, "usager", "Usager", "x_u", "usagerId"),
  transmissionMention: (role) => throughParent(role, "transmission", "Transmission", "x_t", "transmissionId"),
  planObjectif: (role) => throughParent(role, "accompagnement", "Accompagnement", "x_acc", "accompagnementId"),
  dette: (role) => throughParent(role, "accompagnement", "Accompagnement", "x_acc", "accompagnementId"),
  etapeExpulsion: (role) => throughParent(role, "accompagnement", "Accompagnement", "x_acc", "accompagnementId"),
  contactMaraude: (role) => throughParent(role, "accompagnement", "Accompagnement", "x_acc", "accompagnementId"),
  orientationEvent: (role) => throughParent(role, "orientation", "Orientation", "x_o", "orientationId"),
  planAction: (role) => {
    const social = SOCIAL.includes(role);
    const acc = social ? `"x_obj_acc"."structureId" = $1::uuid` : "FALSE";
    return {
      where: { objectif: { accompagnement: social ? own : NOTHING } },
      sql: `EXISTS (SELECT 1 FROM "PlanObjectif" "x_obj" WHERE "x_obj".id = "x"."objectifId" AND EXISTS (SELECT 1 FROM "Accompagnement" "x_obj_acc" WHERE "x_obj_acc".id = "x_obj"."accompagnementId" AND ${acc}))`,
      values: social ? ["A"] : [],
    };
  },
  confidentialNote: (role) => {
    const social = SOCIAL.includes(role);
    return {
      where: { AND: [social ? own : NOTHING, { authorId: `user-${role}` }] },
      sql: `(${social ? ownSql : "FALSE"} AND "x"."authorId" = $${social ? 2 : 1}::uuid)`,
      values: social ? ["A", `user-${role}`] : [`user-${role}`],
    };
  },
  aideWorklist: (role) => {
    if (role === "RESPONSABLE") return ownOrNothing(true);
    if (role === "TRAVAILLEUR_SOCIAL") {
      return { where: { structureId: "A", instructeurId: "user-TRAVAILLEUR_SOCIAL" }, sql: `(${ownSql} AND "x"."instructeurId" = $2::uuid)`, values: ["A", "user-TRAVAILLEUR_SOCIAL"] };
    }
    return ownOrNothing(false);
  },
  ficheAgent: (role) => role === "AGENT"
    ? { where: { structureId: "A", siteId: "site-1" }, sql: `(${ownSql} AND "x"."siteId" = $2::uuid)`, values: ["A", "site-1"] }
    : ownOrNothing(false),
  fiche: (role) => role === "AGENT" ? EXPECTED.ficheAgent!(role) : ownOrNothing(SOCIAL.includes(role)),
  permanence: (role) => role === "AGENT" ? EXPECTED.ficheAgent!(role) : ownOrNothing(SOCIAL.includes(role)),
  // The accueil: the agent's own site, the structure's sites for TS and RESPONSABLE; dossiers by identity for all three.
  passage: (role) => role === "AGENT" ? EXPECTED.ficheAgent!(role) : ownOrNothing(SOCIAL.includes(role)),
  fileAttente: (role) => role === "AGENT" ? EXPECTED.ficheAgent!(role) : ownOrNothing(SOCIAL.includes(role)),
  usagerIdentity: (role) => ownOrNothing(role !== "ADMIN"),
  permanenceException: (role) => {
    const perm = EXPECTED.permanence!(role);
    const inner = perm.sql === "FALSE" ? "FALSE" : perm.sql.replaceAll(`"x"`, `"x_p"`);
    return {
      where: { permanence: perm.where },
      sql: `EXISTS (SELECT 1 FROM "Permanence" "x_p" WHERE "x_p".id = "x"."permanenceId" AND ${inner})`,
      values: perm.values,
    };
  },
  document: (role) => {
    if (role === "RESPONSABLE") return ownOrNothing(true);
    if (role === "TRAVAILLEUR_SOCIAL") {
      return {
        where: { structureId: "A", OR: [{ confidential: false }, { uploadedById: "user-TRAVAILLEUR_SOCIAL" }] },
        sql: `(${ownSql} AND ("x".confidential = FALSE OR "x"."uploadedById" = $2::uuid))`, values: ["A", "user-TRAVAILLEUR_SOCIAL"],
      };
    }
    return ownOrNothing(false);
  },
  audit: (role) => {
    if (role === "RESPONSABLE") return ownOrNothing(true);
    if (role === "ADMIN") {
      return {
        where: { structureId: "A", OR: [{ action: { startsWith: "auth." } }, { action: { startsWith: "user." } }] },
        sql: `(${ownSql} AND (starts_with("x".action, $2) OR starts_with("x".action, $3)))`, values: ["A", "auth.", "user."],
      };
    }
    return { where: { action: { in: [] } }, sql: "FALSE", values: [] };
  },
  // The actor's own openings of dossiers (Ma journée): their own "usager.read" rows.
  ownDossierOpenings: (role) => (SOCIAL.includes(role)
    ? { where: { structureId: "A", actorId: `user-${role}`, action: "usager.read" }, sql: `(${ownSql} AND "x"."actorId" = $2::uuid AND "x".action = $3)`, values: ["A", `user-${role}`, "usager.read"] }
    : { where: { action: { in: [] } }, sql: "FALSE", values: [] }),
  retentionFlag: (role) => (role === "RESPONSABLE" ? ownOrNothing(true) : { where: { usagerId: { in: [] } }, sql: "FALSE", values: [] }),
  structureSettings: (role) => (SOCIAL.includes(role) ? ownOrNothing(true) : { where: { structureId: { in: [] } }, sql: "FALSE", values: [] }),
  jobRun: (role) => (role === "RESPONSABLE" || role === "ADMIN" ? { where: {}, sql: `"x".id IS NOT NULL`, values: [] } : ownOrNothing(false)),
  // Drafts: their author only, whatever the role (decision 0067).
  draft: (role) => ({
    where: { structureId: "A", userId: `user-${role}` },
    sql: `(${ownSql} AND "x"."userId" = $2::uuid)`, values: ["A", `user-${role}`],
  }),
  // Imports: RESPONSABLE and ADMIN of the structure (decision 0035), the matched dossiers included.
  ...Object.fromEntries(["importJob", "importMapping", "importTarget"].map((name) => [name, (role: Role) => ownOrNothing(role === "RESPONSABLE" || role === "ADMIN")])),
  importRow: (role) => {
    const sees = role === "RESPONSABLE" || role === "ADMIN";
    return {
      where: { job: sees ? own : NOTHING },
      sql: `EXISTS (SELECT 1 FROM "ImportJob" "x_j" WHERE "x_j".id = "x"."jobId" AND ${sees ? `"x_j"."structureId" = $1::uuid` : "FALSE"})`,
      values: sees ? ["A"] : [],
    };
  },
};

// Notifications: one's own, in one's structure, and one about a dossier only while it is readable.
EXPECTED.notification = (role) => {
  const social = SOCIAL.includes(role);
  const me = `user-${role}`;
  return {
    where: { AND: [own, { userId: me }, { OR: [{ usagerId: null }, { usager: social ? own : NOTHING }] }] },
    sql: `(${ownSql} AND "x"."userId" = $2::uuid AND ("x"."usagerId" IS NULL OR EXISTS (SELECT 1 FROM "Usager" "x_u" WHERE "x_u".id = "x"."usagerId" AND ${social ? `"x_u"."structureId" = $3::uuid` : "FALSE"})))`,
    values: social ? ["A", me, "A"] : ["A", me],
  };
};
// An agenda feed: its owner's, in their structure.
EXPECTED.agendaFeed = (role) => ({
  where: { AND: [own, { userId: `user-${role}` }] }, sql: `(${ownSql} AND "x"."userId" = $2::uuid)`, values: ["A", `user-${role}`],
});
EXPECTED.notificationPreference = (role) => ({ where: { userId: `user-${role}` }, sql: `"x"."userId" = $1::uuid`, values: [`user-${role}`] });

describe("scopes: every entity, every role", () => {
  it("has an expectation for each scope of the registry", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(SCOPES).sort());
  });

  for (const [name, scope] of Object.entries(SCOPES)) {
    for (const role of ROLES) {
      it(`${name} for ${role}: the where-input and its SQL twin`, () => {
        const expected = EXPECTED[name]!(role);
        expect(scope.prisma(actor(role))).toEqual(expected.where);
        const sql = scope.sql(actor(role), "x");
        expect(sql.text.replace(/\s+/g, " ")).toBe(expected.sql);
        expect(sql.values).toEqual(expected.values);
      });
    }
  }
});

describe("structure helpers", () => {
  it("ownedBy stamps the actor's structure on a new row, and the settings row is keyed by it", () => {
    expect(ownedBy(actor("AGENT"))).toEqual({ structureId: "A" });
    expect(ownStructureSettings(actor("RESPONSABLE"))).toEqual({ structureId: "A" });
  });

  it("refuses an SQL alias that is not a plain identifier", () => {
    expect(sqlAlias("u").text).toBe(`"u"`);
    for (const bad of [`u"; DROP TABLE "Usager`, "1u", "u.x", ""]) expect(() => sqlAlias(bad)).toThrow();
  });

  it("the account-event prefixes are the audit scope's", () => {
    expect([...ACCOUNT_AUDIT_PREFIXES]).toEqual(["auth.", "user."]);
  });

  it("workersOf a structure is the worker scope without an actor", () => {
    expect(workersOf("A")).toEqual(SCOPES.worker!.prisma(actor("ADMIN")));
  });
});

describe("dashboard scope: a RESPONSABLE the structure, a TS their own caseload, others nothing", () => {
  for (const role of ROLES) {
    it(role, () => {
      const scope = dashboardScope(actor(role));
      if (role === "RESPONSABLE") expect(scope).toEqual({ structureId: "A", workerId: null });
      else if (role === "TRAVAILLEUR_SOCIAL") expect(scope).toEqual({ structureId: "A", workerId: "user-TRAVAILLEUR_SOCIAL" });
      else expect(scope).toBeNull();
      if (!scope) return;
      expect(dashboardScopeSql(scope, "x").text).toBe(ownSql);
      expect(dashboardWorkerScope(scope)).toEqual({
        structureId: "A", role: { in: ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"] }, ...(scope.workerId ? { id: scope.workerId } : {}),
      });
    });
  }
});
