import { expect, test } from "@playwright/test";
import { signIn, signInAndWait } from "./helpers/auth";
import { createDemoUser, query, userId } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

const STRONG = "Essai-Passerelle-2026";
const GENERIC = /Connexion impossible : adresse e-mail ou mot de passe incorrect, ou compte indisponible/;

test("security headers and health check", async ({ request }) => {
  const page = await request.get("/connexion");
  const csp = page.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  expect(page.headers()["referrer-policy"]).toBe("same-origin");
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ statut: "ok", base: "joignable" });
});

test("malformed requests to auth and health routes get 4xx or a redirect, never 500", async ({ request }) => {
  const responses = [
    await request.post("/api/auth/callback/credentials", { data: "{{{pas du json", headers: { "content-type": "application/json" }, maxRedirects: 0 }),
    await request.post("/api/auth/callback/credentials", { form: { email: "x".repeat(100_000), password: "y" }, maxRedirects: 0 }),
    await request.get("/api/auth/inconnu", { maxRedirects: 0 }),
    await request.post("/api/health", { data: "x" }),
    await request.get("/api/auth/session?__proto__[x]=1"),
  ];
  for (const r of responses) expect(r.status(), r.url()).toBeLessThan(500);
});

test("the same generic message for an unknown email and a wrong password", async ({ page }) => {
  await signIn(page, "personne@nulle-part.fr", "Mauvais-Mot-De-Passe-1");
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  await signIn(page, "ts@demo.passerelle.fr", "Mauvais-Mot-De-Passe-1");
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  await expect(page.getByLabel("Mot de passe")).toHaveValue("");
});

test("empty fields get a French message on the right field", async ({ page }) => {
  await gotoReady(page, "/connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse e-mail.")).toBeVisible();
  await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
});

test("before the page is interactive, the sign-in form is posted and signs in: no password in the address", async ({ page }) => {
  // Without its scripts the page never hydrates; the form is a real <form method="post"> to its
  // server action (decision 0022), so the browser posts it itself.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(STRONG);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/accueil$/);
  expect(page.url()).not.toContain("Essai");
  await expect(page.locator("html[data-hydrated]")).toHaveCount(0);
});

test("five failures lock the account: the right password is then refused", async ({ page }) => {
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `Mauvais-Mot-De-Passe-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  }
  await signIn(page, email, STRONG);
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  const [row] = await query<{ lockedUntil: Date }>(`SELECT "lockedUntil" FROM "User" WHERE email = $1`, [email]);
  expect(row!.lockedUntil.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
});

test("a disabled user's live session is refused at once", async ({ browser }) => {
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInAndWait(userPage, email, STRONG);
  await expect(userPage).toHaveURL(/\/accueil$/);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAndWait(adminPage, "admin@demo.passerelle.fr");
  await gotoReady(adminPage, `/admin/utilisateurs/${await userId(email)}`);
  await adminPage.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(adminPage.getByRole("button", { name: "Réactiver le compte" })).toBeVisible();

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/connexion\?session=expiree$/);
  await expect(userPage.getByText("Votre session a expiré ou a été fermée")).toBeVisible();
  await userContext.close();
  await adminContext.close();
});

test("an administrator cannot open an account of another structure (404)", async ({ page }) => {
  await signInAndWait(page, "admin@demo.passerelle.fr");
  const response = await gotoReady(page, `/admin/utilisateurs/${await userId("ts@autre.passerelle.fr")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
