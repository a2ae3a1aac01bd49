// Issue 17 / issue 23 finding 9: the sign-in form is a real <form method="post"> to a server
// action (decision 0022). With JavaScript turned off it is a POST that signs in; bad input comes
// back with the French messages on the right fields; nothing typed ever travels in an address.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers/auth";
import { createDemoUser } from "./helpers/db";
import { withSecondFactor } from "./helpers/totp";

test.use({ javaScriptEnabled: false });

const GENERIC = /Connexion impossible : adresse e-mail ou mot de passe incorrect, ou compte indisponible/;
const STRONG = "Essai-Passerelle-2026";

/** Every request and address of the page, to prove the e-mail and password never went into one. */
function recordTraffic(page: Page) {
  const seen: { method: string; url: string }[] = [];
  page.on("request", (r) => seen.push({ method: r.method(), url: r.url() }));
  page.on("framenavigated", (f) => seen.push({ method: "NAV", url: f.url() }));
  return seen;
}

const inAddresses = (seen: { url: string }[], text: string) => seen.some((s) => decodeURIComponent(s.url).includes(text));

test("without JavaScript, signing in is a POST that opens the session", async ({ page }) => {
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", STRONG);
  const seen = recordTraffic(page);
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(STRONG);
  const [post] = await Promise.all([
    page.waitForRequest((r) => new URL(r.url()).pathname === "/connexion" && r.method() === "POST"),
    page.getByRole("button", { name: "Se connecter" }).click(),
  ]);
  expect(new URL(post.url()).search).toBe("");
  await expect(page).toHaveURL(/\/accueil$/);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  expect(inAddresses(seen, STRONG)).toBe(false);
  expect(inAddresses(seen, email)).toBe(false);
});

test("without JavaScript, empty fields and a wrong password get the French messages, the e-mail kept", async ({ page }) => {
  const seen = recordTraffic(page);
  await page.goto("/connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription("Saisissez votre adresse e-mail.");
  await expect(page.getByLabel("Mot de passe")).toHaveAccessibleDescription("Saisissez votre mot de passe.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Adresse e-mail").fill("ts@demo.passerelle.fr");
  await page.getByLabel("Mot de passe").fill("Mauvais-Mot-De-Passe-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("ts@demo.passerelle.fr");
  await expect(page.getByLabel("Mot de passe")).toHaveValue("");
  // An unknown address: the very same message.
  await page.getByLabel("Adresse e-mail").fill("personne@nulle-part.fr");
  await page.getByLabel("Mot de passe").fill("Mauvais-Mot-De-Passe-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toBeVisible();
  expect(inAddresses(seen, "Mauvais-Mot-De-Passe")).toBe(false);
  expect(inAddresses(seen, "nulle-part")).toBe(false);
  expect(seen.filter((s) => s.method === "NAV").every((s) => new URL(s.url).search === "")).toBe(true);
});

test("without JavaScript, an account with a second factor gives its code in a second POST", async ({ page }) => {
  await page.goto("/connexion?callbackUrl=%2Fadmin%2Futilisateurs");
  await withSecondFactor("admin@demo.passerelle.fr", async (code) => {
    await page.getByLabel("Adresse e-mail").fill("admin@demo.passerelle.fr");
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { name: "Double authentification" })).toBeVisible();
    await page.getByLabel("Code de vérification").fill("12");
    await page.getByRole("button", { name: "Valider le code" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /Connexion impossible : code incorrect/ })).toBeVisible();
    await page.getByLabel("Code de vérification").fill(code!);
    await page.getByRole("button", { name: "Valider le code" }).click();
    await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
  });
});
