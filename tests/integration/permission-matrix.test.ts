// The permission matrix (issue #8), server-action half: every server action found in app/ is
// called as each role with a payload that succeeds for an allowed role; refusals write nothing.
// Pages and route handlers are exercised over HTTP by e2e/permission-matrix.spec.ts. Both read
// tests/permission-matrix/expectations.ts; any entry point missing from it fails here first.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/sign-in-request", async () => (await import("../helpers/sign-in-request")).signInRequestModule);

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actAs, RedirectToSignIn } from "../helpers/act-as";
import { resetDb, reusableFixture } from "../helpers/db";
import { compareWithTable, discoverEntries } from "../permission-matrix/discover";
import { ACTIONS, LISTED_KEYS, MATRIX_ROLES, PAGES, ROUTES, type ActionOutcome } from "../permission-matrix/expectations";
import { ACTION_CASES, buildFixture, type Fixture } from "../permission-matrix/action-cases";
import { changedTables, tableChecksums } from "../permission-matrix/db-checksum";

const NOT_FOUND = "Élément introuvable ou inaccessible.";
const UNEXPECTED = "L'enregistrement n'a pas abouti, rien n'a été modifié. Réessayez dans un instant.";
const ROOT = path.resolve(import.meta.dirname, "../..");

type Fn = (input: unknown) => Promise<unknown>;
async function loadAction(key: string): Promise<Fn> {
  const [file, name] = key.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn !== "function") throw new Error(`${key}: export introuvable`);
  return fn as Fn;
}

/** What a call did, in the matrix's words. */
async function outcomeOf(call: () => Promise<unknown>): Promise<{ outcome: ActionOutcome | "unexpected"; detail: string }> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (error instanceof RedirectToSignIn) return { outcome: "login", detail: "redirect" };
    return { outcome: "unexpected", detail: `threw ${error instanceof Error ? error.message : String(error)}` };
  }
  const r = result as { ok?: boolean; data?: unknown; formError?: string; fieldErrors?: Record<string, string> };
  if (r?.ok === true) return Array.isArray(r.data) && r.data.length === 0 ? { outcome: "empty", detail: "[]" } : { outcome: "ok", detail: "ok" };
  const detail = `${r?.formError} ${JSON.stringify(r?.fieldErrors ?? {})}`;
  if (r?.ok !== false || typeof r.formError !== "string" || r.formError === UNEXPECTED) return { outcome: "unexpected", detail };
  return { outcome: r.formError === NOT_FOUND ? "404" : "refused", detail };
}

describe("discovery: every entry point is in the permission matrix", () => {
  const found = discoverEntries();

  it("finds the pages, route handlers and server actions of app/", () => {
    expect(found.filter((e) => e.kind === "page").length).toBeGreaterThan(10);
    expect(found.filter((e) => e.kind === "route").length).toBeGreaterThan(2);
    expect(found.filter((e) => e.kind === "action").length).toBeGreaterThan(10);
  });

  it("finds every kind of entry point in a tree, and names the new and the stale ones", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "matrice-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write("app/(app)/nouveau/[id]/page.tsx", "export default function P() { return null; }");
    write("app/api/x/[id]/route.ts", "const handler = () => new Response();\nexport { handler as GET, handler as POST };\nexport async function DELETE() {}");
    write("app/(app)/nouveau/actions.ts", '"use server";\nexport async function faireAction(input: unknown) {}\nexport const autreAction = async () => {};\n// export async function commentee() {}');
    write("components/x/form.tsx", 'export function F() { async function go() { "use server"; } return null; }');
    write("lib/domain/x/helpers.ts", "export async function pasUneAction() {}");
    const keys = discoverEntries(root).map((e) => e.key);
    expect(keys).toEqual([
      "app/(app)/nouveau/actions.ts#autreAction", "app/(app)/nouveau/actions.ts#faireAction",
      'components/x/form.tsx#(inline "use server")', "DELETE /api/x/[id]", "GET /api/x/[id]", "page /nouveau/[id]", "POST /api/x/[id]",
    ].sort((a, b) => a.localeCompare(b)));
    const { unlisted, stale } = compareWithTable(discoverEntries(root), ["page /nouveau/[id]", "page /disparue"]);
    expect(unlisted).toHaveLength(6);
    expect(stale).toEqual(["page /disparue"]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("lists each discovered entry in tests/permission-matrix/expectations.ts, and nothing else", () => {
    const { unlisted, stale } = compareWithTable(found, LISTED_KEYS);
    expect(unlisted, "Entrées absentes de tests/permission-matrix/expectations.ts (ajoutez leur résultat attendu par rôle)").toEqual([]);
    expect(stale, "Entrées de tests/permission-matrix/expectations.ts qui n'existent plus").toEqual([]);
  });

  it("has a valid payload (tests/permission-matrix/action-cases.ts) for each listed server action", () => {
    const actionKeys = found.filter((e) => e.kind === "action").map((e) => e.key);
    expect(actionKeys.filter((k) => !ACTION_CASES[k]), "Actions sans charge utile valide dans action-cases.ts").toEqual([]);
    expect(Object.keys(ACTION_CASES).filter((k) => !actionKeys.includes(k)), "action-cases.ts : actions qui n'existent plus").toEqual([]);
  });

  it("gives every page and route an outcome for every role", () => {
    for (const [key, entry] of Object.entries({ ...PAGES, ...ROUTES })) expect(Object.keys(entry.expect).sort(), key).toEqual([...MATRIX_ROLES].sort());
    for (const [key, table] of Object.entries(ACTIONS)) expect(Object.keys(table).sort(), key).toEqual([...MATRIX_ROLES].sort());
  });
});

describe("server actions × roles", () => {
  const keys = Object.keys(ACTIONS).filter((k) => ACTION_CASES[k]);
  let fx: Fixture;
  let fresh = false;
  // Built once, then put back in tens of milliseconds (tests/helpers/db.ts).
  const freshFixture = reusableFixture(async () => {
    await resetDb();
    return buildFixture();
  });
  const ensureFixture = async () => {
    if (fresh) return;
    fx = await freshFixture();
    fresh = true;
  };
  beforeAll(() => {
    fresh = false;
  });

  for (const key of keys) {
    it(key, async () => {
      const run = await loadAction(key);
      const problems: string[] = [];
      for (const role of MATRIX_ROLES) {
        await ensureFixture();
        const expected = ACTIONS[key]![role];
        const actor = role === "SIGNED_OUT" ? null : fx.actors[role];
        // The payload an allowed role would send (a TS adds themself as référent, etc.).
        const payload = await ACTION_CASES[key]!.payload(fx, actor ?? fx.actors.TRAVAILLEUR_SOCIAL);
        actAs(actor);
        const before = await tableChecksums();
        const { outcome, detail } = await outcomeOf(() => run(payload));
        actAs(null);
        const changed = changedTables(before, await tableChecksums());
        if (outcome !== expected) problems.push(`${role}: attendu ${expected}, obtenu ${outcome} (${detail})`);
        if (outcome === "ok" || outcome === "empty") fresh = false; // the next role starts from an untouched fixture
        else if (changed.length) problems.push(`${role}: refusé mais tables modifiées : ${changed.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

