// Two instances of the same production build on one database, as behind a load balancer: the
// first is the server `npm test` started (E2E_BASE_URL), the second is started here on another
// port with the same environment (same NEXTAUTH_SECRET, DATABASE_URL and NEXTAUTH_URL, as
// replicas share their configuration). Nothing that matters lives in an instance's memory:
// sessions, lockouts and sign-outs are rows of the database (docs/decisions/0003-auth-sessions.md).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn, signInAndWait } from "./helpers/auth";
import { createDemoUser, query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

const STRONG = "Essai-Passerelle-2026";
const GENERIC = /Connexion impossible : adresse e-mail ou mot de passe incorrect, ou compte indisponible/;
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const canRun = Boolean(process.env.E2E_DATABASE_URL && process.env.NEXTAUTH_SECRET && fs.existsSync(NEXT_BIN));

let second: ChildProcess | null = null;
let secondUrl = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`la seconde instance ne répond pas sur ${url}`);
}

const sessionCookie = (cookies: { name: string; value: string }[]) => cookies.find((c) => c.name.endsWith("next-auth.session-token"));

test.describe("two instances on one database", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(!canRun, "needs the environment of npm test (E2E_DATABASE_URL, NEXTAUTH_SECRET) and a production build");

  test.beforeAll(async () => {
    const port = await freePort();
    second = spawn(process.execPath, ["--import", "./scripts/lib/client-ip-preload.mjs", NEXT_BIN, "start", "-p", String(port)], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_ENV: "production", PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    secondUrl = `http://localhost:${port}`;
    await waitForHealth(secondUrl);
  });

  test.afterAll(async () => {
    if (second && second.exitCode === null) {
      const exited = new Promise((resolve) => second!.once("exit", resolve));
      second.kill("SIGTERM");
      await exited;
    }
  });

  test("a user signed in on instance 1 continues on instance 2 with the same cookie", async ({ page, context, baseURL }) => {
    expect(secondUrl).not.toBe(baseURL);
    await signInAndWait(page, "ts@demo.passerelle.fr");
    await expect(page).toHaveURL(/\/accueil$/);
    const before = sessionCookie(await context.cookies());
    expect(before).toBeDefined();

    // Cookies are not bound to a port: the browser sends the same session cookie to instance 2.
    await gotoReady(page, `${secondUrl}/usagers`);
    await expect(page).toHaveURL(`${secondUrl}/usagers`);
    await expect(page.getByRole("heading", { level: 1, name: "Usagers" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    expect(sessionCookie(await context.cookies())?.value).toBe(before!.value);
  });

  test("a lockout set through instance 1 holds on instance 2", async ({ page, request }) => {
    const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
    // Five failures through instance 1 (the baseURL of `request`), as the sign-in form sends them.
    for (let i = 0; i < 5; i++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const res = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password: `Mauvais-Mot-De-Passe-${i}`, json: "true" },
        maxRedirects: 0,
      });
      expect(res.status()).toBeLessThan(500);
    }
    const [row] = await query<{ lockedUntil: Date | null }>(`SELECT "lockedUntil" FROM "User" WHERE email = $1`, [email]);
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // The right password, on instance 2: refused with the same generic message.
    await gotoReady(page, `${secondUrl}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(STRONG);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
    await expect(page).toHaveURL(`${secondUrl}/connexion`);
    const sessions = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "UserSession" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [email]);
    expect(sessions[0]!.n).toBe(0);
  });

  test("a sign-out on instance 2 ends the session on instance 1", async ({ page, context, baseURL }) => {
    const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
    await signIn(page, email, STRONG);
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    const cookie = sessionCookie(await context.cookies());
    expect(cookie).toBeDefined();

    await gotoReady(page, `${secondUrl}/usagers`);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion/);

    // The cookie kept from before the sign-out, replayed on instance 1: its signature is still
    // valid, but the server-side session is gone, so instance 1 refuses it.
    const replay = await fetch(`${baseURL}/usagers`, { headers: { cookie: `${cookie!.name}=${cookie!.value}` }, redirect: "manual" });
    expect([303, 307]).toContain(replay.status);
    expect(replay.headers.get("location")).toMatch(/\/connexion\?session=expiree$/);
    const sessions = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "UserSession" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [email]);
    expect(sessions[0]!.n).toBe(0);
  });
});
