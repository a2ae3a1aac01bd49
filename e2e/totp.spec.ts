// Hardening (issue #8): forced TOTP enrolment of administrators, sign-in with a code or a
// recovery code, reset by an ADMIN, cookie flags, CSRF refusals and sign-in rate limit.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signInAndWait } from "./helpers/auth";
import { createDemoUser, query, userId } from "./helpers/db";
import { totpCode } from "./helpers/totp";
import { gotoReady } from "./helpers/navigation";

const STRONG = "Administrateur-Essai-2026!";
const step = () => Math.floor(Date.now() / 30_000);

test("a new administrator enrols before any page, keeps recovery codes, then signs in with one", async ({ page }) => {
  const email = await createDemoUser("ADMIN", STRONG);
  await signIn(page, email, STRONG, { secondFactor: false });
  await expect(page).toHaveURL(/\/compte\/double-authentification$/);
  await expect(page.getByText("Un compte administrateur doit être protégé par un second facteur")).toBeVisible();
  const qr = page.getByRole("img", { name: "QR code à scanner avec l'application d'authentification" });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  // No other page before enrolment.
  await gotoReady(page, "/admin/utilisateurs");
  await expect(page).toHaveURL(/\/compte\/double-authentification$/);

  const secret = (await page.getByTestId("totp-secret").textContent())!;
  await page.getByLabel("Code à 6 chiffres").fill("000000");
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(page.getByText("Code incorrect ou expiré")).toBeVisible();
  await page.getByLabel("Code à 6 chiffres").fill(totpCode(secret, step()));
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;
  await page.getByRole("link", { name: "J'ai noté mes codes, continuer" }).click();
  await expect(page).toHaveURL(/\/admin\/utilisateurs$/);

  // The session cookie: HttpOnly, SameSite=Lax (Secure only over HTTPS, not this local run).
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await signIn(page, email, STRONG, { secondFactor: false });
  await expect(page.getByLabel("Code de vérification")).toBeFocused();
  await page.getByLabel("Code de vérification").fill("123456");
  await page.getByRole("button", { name: "Valider le code" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Connexion impossible : code incorrect, expiré ou déjà utilisé" })).toBeVisible();
  await page.getByLabel("Code de vérification").fill(recovery);
  await page.getByRole("button", { name: "Valider le code" }).click();
  await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
  const [used] = await query<{ n: string }>(`SELECT count(*) AS n FROM "TotpRecoveryCode" WHERE "userId" = $1 AND "usedAt" IS NOT NULL`, [await userId(email)]);
  expect(used!.n).toBe("1");
});

test("a travailleur social enrols by choice; an administrator resets it after a lost phone", async ({ browser }) => {
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
  const tsContext = await browser.newContext();
  const ts = await tsContext.newPage();
  await signInAndWait(ts, email, STRONG);
  await ts.getByRole("link", { name: "Double authentification" }).click();
  await expect(ts.getByText("Facultative")).toBeVisible();
  const secret = (await ts.getByTestId("totp-secret").textContent())!;
  await ts.getByLabel("Code à 6 chiffres").fill(totpCode(secret, step()));
  await ts.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(ts.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await tsContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAndWait(admin, "admin@demo.passerelle.fr");
  await gotoReady(admin, `/admin/utilisateurs/${await userId(email)}`);
  await expect(admin.getByText("Activée sur ce compte.")).toBeVisible();
  await admin.getByRole("button", { name: "Réinitialiser la double authentification" }).click();
  await expect(admin.getByText("Double authentification réinitialisée")).toBeVisible();
  const rows = await query(`SELECT 1 FROM "UserTotp" WHERE "userId" = $1`, [await userId(email)]);
  expect(rows).toHaveLength(0);
  const audit = await query(`SELECT 1 FROM "AuditLog" WHERE action = 'user.totp_reset' AND "entityId" = $1`, [await userId(email)]);
  expect(audit).toHaveLength(1);
  await adminContext.close();
});

test("route handlers refuse requests started by another site", async ({ page }) => {
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  const [usager] = await query<{ id: string }>(
    `SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' ORDER BY u."createdAt" LIMIT 1`,
  );
  const crossSite = await page.request.get(`/api/usagers/${usager!.id}/export`, { headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("Demande refusée : elle ne provient pas de Passerelle.");
  const sameSite = await page.request.get(`/api/usagers/${usager!.id}/export`, { headers: { "Sec-Fetch-Site": "same-origin" } });
  expect(sameSite.status()).toBe(200);
  expect(sameSite.headers()["cache-control"]).toBe("no-store");
  const forgedWrite = await page.request.post("/api/health", { headers: { Origin: "https://site-malveillant.example" }, data: "x" });
  expect(forgedWrite.status()).toBe(403);
});

test("an address with too many failed sign-ins gets 429 with Retry-After and a French message", async ({ page, request }) => {
  const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  await query(
    `INSERT INTO "RateLimit" (key, "windowStart", count, "expiresAt") VALUES ($1, now(), 30, now() + interval '15 minutes')
     ON CONFLICT (key) DO UPDATE SET count = 30, "expiresAt" = now() + interval '15 minutes'`,
    [`connexion-ip:${ip}`],
  );
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const refused = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "ts@demo.passerelle.fr", password: DEMO_PASSWORD, json: "true" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);

  await page.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  await signIn(page, "ts@demo.passerelle.fr", DEMO_PASSWORD, { secondFactor: false });
  await expect(page.getByRole("alert").filter({ hasText: "Trop de tentatives de connexion échouées" })).toBeVisible();
  await expect(page).toHaveURL(/\/connexion$/);
});
