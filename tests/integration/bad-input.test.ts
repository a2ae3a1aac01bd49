// The bad-input suite (issue #8): every server action found in app/, called by a role allowed to
// use it, with generated payloads (tests/permission-matrix/bad-payloads.ts): wrong types,
// missing fields, 1 MB strings, SQL / HTML / path-traversal injections, prototype-pollution keys,
// unknown enum values, garbage ids and ids of another structure. Each must come back as a
// French field or form error (never the "unexpected failure" answer, never an exception), and
// leave every table as it was. Free text may be accepted, then it must be stored verbatim.
import { afterAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/sign-in-request", async () => (await import("../helpers/sign-in-request")).signInRequestModule);

import path from "node:path";
import { log } from "@/lib/log";
import { actAs } from "../helpers/act-as";
import { db, resetDb, reusableFixture } from "../helpers/db";
import { discoverEntries } from "../permission-matrix/discover";
import { ACTION_CASES, buildFixture, type Fixture } from "../permission-matrix/action-cases";
import { BAD_INPUT_OPTIONS } from "../permission-matrix/bad-input-options";
import { badPayloads } from "../permission-matrix/bad-payloads";
import { changedTables, tableChecksums, tablesContaining } from "../permission-matrix/db-checksum";

const UNEXPECTED = "L'enregistrement n'a pas abouti, rien n'a été modifié. Réessayez dans un instant.";
const ROOT = path.resolve(import.meta.dirname, "../..");
const actionKeys = discoverEntries().filter((e) => e.kind === "action").map((e) => e.key);

async function loadAction(key: string) {
  const [file, name] = key.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  return mod[name] as (input: unknown) => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string> }>;
}

/** Rows of structure B, the other tenant: an accepted payload must never touch them. */
async function foreignChecksum(fx: Fixture) {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'structureId'`;
  const parts = tables.map((t) => `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS s FROM "${t.table_name}" t WHERE t."structureId" = '${fx.b.id}'::uuid`);
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(string_agg(s, ',')) AS s FROM (${parts.join(" UNION ALL ")}) x`);
  return rows[0]!.s;
}

afterAll(() => actAs(null));
// Built once per file, then put back in tens of milliseconds (tests/helpers/db.ts).
const freshFixture = reusableFixture(async () => {
  await resetDb();
  return buildFixture();
});

describe("bad input to every server action", () => {
  it("covers every discovered server action (new ones fail until listed in action-cases.ts)", () => {
    expect(actionKeys.filter((k) => !ACTION_CASES[k]), "Actions sans cas dans tests/permission-matrix/action-cases.ts").toEqual([]);
  });

  for (const key of actionKeys.filter((k) => ACTION_CASES[k])) {
    it(key, async () => {
      const run = await loadAction(key);
      const spec = ACTION_CASES[key]!;
      const errorLog = vi.spyOn(log, "error");
      const problems: string[] = [];
      let fx: Fixture | null = null;
      let base: Record<string, unknown> = {};
      let before: Record<string, string> = {};
      const actorOf = (f: Fixture) => f.actors[spec.badInputAs];
      const options = BAD_INPUT_OPTIONS[key] ?? {};
      const optional = options.optional;
      let cases: ReturnType<typeof badPayloads> = [];
      /** After an accepted payload the data moved on: fresh tokens, same list of cases. */
      const rebase = async () => {
        base = await spec.payload(fx!, actorOf(fx!));
        cases = badPayloads(base, { optional, foreignIds: fx!.foreignIds });
        // An action without a payload ignores what it is sent: only harmlessness is checked.
        if (options.noInput) cases = cases.map((c) => ({ ...c, accept: "ignore-extra" as const }));
        actAs(actorOf(fx!));
        before = await tableChecksums();
      };
      const fresh = async () => {
        fx = await freshFixture();
        await rebase();
      };
      await fresh();
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i]!;
        errorLog.mockClear();
        const foreignBefore = c.accept === "ignore-extra" ? await foreignChecksum(fx!) : "";
        let result: Awaited<ReturnType<typeof run>> | undefined;
        try {
          result = await run(c.payload);
        } catch (error) {
          problems.push(`${c.label}: exception ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
          await fresh();
          continue;
        }
        if (({} as Record<string, unknown>).polluted !== undefined) problems.push(`${c.label}: Object.prototype pollué`);
        if (errorLog.mock.calls.length > 0 || result?.formError === UNEXPECTED) {
          problems.push(`${c.label}: erreur inattendue (l'équivalent d'un 500) ${JSON.stringify(errorLog.mock.calls[0]?.[0] ?? {}).slice(0, 300)}`);
        }
        if (result?.ok && options.read) {
          const changed = changedTables(before, await tableChecksums());
          if (changed.length) problems.push(`${c.label}: lecture qui a modifié : ${changed.join(", ")}`);
          continue;
        }
        if (result?.ok) {
          const stored = c.accept === "store-verbatim" ? await tablesContaining(c.text!) : [];
          if (c.accept === "refuse") problems.push(`${c.label}: accepté`);
          if (c.accept === "store-verbatim" && options.secret?.includes(c.field)) {
            if (stored.length) problems.push(`${c.label}: secret enregistré en clair dans ${stored.join(", ")}`);
          } else if (c.accept === "store-verbatim" && stored.length === 0) problems.push(`${c.label}: accepté mais pas enregistré tel quel`);
          if (c.accept === "ignore-extra" && (await foreignChecksum(fx!)) !== foreignBefore) problems.push(`${c.label}: a modifié l'autre structure`);
          await rebase();
          continue;
        }
        if (typeof result?.formError !== "string" || result.formError.length === 0) problems.push(`${c.label}: réponse sans message ${JSON.stringify(result).slice(0, 200)}`);
        const changed = changedTables(before, await tableChecksums());
        const counted = changed.filter((t) => options.countsAttempt?.includes(t));
        if (changed.length > counted.length) {
          problems.push(`${c.label}: refusé mais tables modifiées : ${changed.filter((t) => !counted.includes(t)).join(", ")}`);
          await fresh();
        } else if (counted.length) {
          // The refused guess was counted toward the lockout, as it must be: start again from a
          // fresh account so that the next cases are not refused only for being locked.
          await fresh();
        }
      }
      errorLog.mockRestore();
      expect(problems).toEqual([]);
    }, 600_000);
  }
});
