// The authorization lint rule (eslint-rules/authorization.mjs) through ESLint's own API and the
// project's eslint.config.mjs: it fires on each hand-written form outside lib/auth, not inside.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const RULE = "authorization/no-inline-scope";

const VIOLATIONS = `
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

export function fixture(actor: Actor) {
  const where = { id: "x", structureId: actor.structureId };
  const own = actor.role === "RESPONSABLE" ? {} : { authorId: actor.id };
  const notAdmin = actor.role !== "ADMIN";
  switch (actor.role) {
    default:
      break;
  }
  const sql = Prisma.sql\`SELECT 1 FROM "Usager" u WHERE u."structureId" = \${actor.structureId}::uuid\`;
  return { where, own, notAdmin, sql };
}
`;

// What the same code looks like once it asks lib/auth: nothing to report.
const CLEAN = `
import type { Actor } from "@/lib/auth/actor";
import { canSeeAllAideRequests } from "@/lib/auth/permissions";
import { aideScope } from "@/lib/auth/scopes/aide";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";

export function fixture(actor: Actor, input: { role: string }, user: { role: string }) {
  const where = { AND: [aideScope(actor), { id: "x" }] };
  const data = { ...ownedBy(actor), nom: "Exemple" };
  const own = canSeeAllAideRequests(actor) ? {} : { instructeurId: actor.id };
  const sameRole = input.role === user.role;
  return { where, data, own, sameRole, sql: usagerScopeSql(actor, "u") };
}
`;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function messagesOf(code: string, file: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => ({ line: m.line, message: m.message }));
}

describe("lint: one authorization style", () => {
  it("refuses inline structure filters, role tests and SQL structure filters in lib/domain", async () => {
    const messages = await messagesOf(VIOLATIONS, "lib/domain/exemple/fixture.ts");
    expect(messages.map((m) => m.line)).toEqual([6, 7, 8, 9, 13]);
    expect(messages[0]!.message).toContain("structureId: actor.structureId");
    expect(messages[1]!.message).toContain("règle nommée");
    expect(messages[4]!.message).toContain("jumeau SQL");
  }, 60_000);

  it("refuses them in pages and components too", async () => {
    expect(await messagesOf(VIOLATIONS, "app/(app)/exemple/page.tsx")).toHaveLength(5);
    expect(await messagesOf(VIOLATIONS, "components/exemple/card.tsx")).toHaveLength(5);
  }, 60_000);

  it("lets lib/auth hold the rules and scopes", async () => {
    expect(await messagesOf(VIOLATIONS, "lib/auth/scopes/fixture.ts")).toEqual([]);
    expect(await messagesOf(VIOLATIONS, "lib/auth/permissions.ts")).toEqual([]);
  }, 60_000);

  it("accepts the scoped forms", async () => {
    expect(await messagesOf(CLEAN, "lib/domain/exemple/fixture.ts")).toEqual([]);
  }, 60_000);
});
