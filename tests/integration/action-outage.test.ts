// Issue 23, load-test fault: while PostgreSQL goes down, the session lookup of a server action
// failed before the action's error handling and the browser got an unhandled error digest. The
// lookup here really fails (a PostgreSQL connection to a port nobody listens on), and the action
// must answer the French "service indisponible" result, keep what was typed and run nothing.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import pg from "pg";
import { findFreePort } from "../../scripts/lib/embedded-db.mjs";

const lookup = vi.hoisted(() => ({ mode: "down" as "down" | "signed-out" }));
vi.mock("@/lib/auth/current-user", async () => {
  const { redirect } = await import("next/navigation");
  return {
    requireUser: async () => {
      if (lookup.mode === "signed-out") redirect("/connexion");
      const port = await findFreePort(0);
      const client = new pg.Client({ host: "127.0.0.1", port, user: "x", database: "x", connectionTimeoutMillis: 1_000 });
      client.on("error", () => {});
      await client.connect(); // throws ECONNREFUSED, as the session lookup does during an outage
      throw new Error("unreachable");
    },
  };
});

const { runAction } = await import("@/lib/actions/run-action");
const { SERVICE_UNAVAILABLE_MESSAGE } = await import("@/lib/domain/shared/messages");
const schema = z.object({ resume: z.string(), password: z.string().optional() });

describe("a server action while the database is unreachable", () => {
  it("answers the French unavailable result and runs nothing", async () => {
    lookup.mode = "down";
    const command = vi.fn();
    const result = await runAction(schema, { resume: "Point budget" }, command);
    expect(result).toEqual({ ok: false, formError: SERVICE_UNAVAILABLE_MESSAGE, fieldErrors: {} });
    expect(command).not.toHaveBeenCalled();
  });

  it("gives a form back what was typed (never a secret), so nothing is lost", async () => {
    lookup.mode = "down";
    const form = new FormData();
    form.set("resume", "Compte rendu tapé pendant la coupure");
    form.set("password", "secret");
    const result = await runAction(schema, form, vi.fn());
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ formError: SERVICE_UNAVAILABLE_MESSAGE, values: { resume: "Compte rendu tapé pendant la coupure" } });
    expect(JSON.stringify(result)).not.toContain("secret");
  });

  it("still lets the redirect to the sign-in page through when there is no session", async () => {
    lookup.mode = "signed-out";
    await expect(runAction(schema, { resume: "x" }, vi.fn())).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
