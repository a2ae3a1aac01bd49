// Issue 22, the public signalement: a passer-by sends a report from a phone with scripts turned
// off, the maraude team (the demo TS is on it) finds it in its inbox, goes, meets the person,
// links the report to a new dossier with an errance accompagnement, then closes it: the
// reporter's data is gone. Plus the page's accessibility (axe) and its look at 320 px.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { axeViolations } from "./helpers/axe";
import { query } from "./helpers/db";
import { clickNavLink, gotoReady } from "./helpers/navigation";

test.setTimeout(180_000);

const PAGE = "/signaler/ccas-demo";

test("a signalement sent without JavaScript reaches the maraude, is linked to a new dossier, and its reporter is erased on closing", async ({ browser }) => {
  const run = Date.now().toString(36);
  const personne = `Homme au chien ${run}`;
  const email = `passant-${run}@exemple.fr`;

  // ── The passer-by, scripts off, on a phone-sized screen, from their own address ──
  const publicContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${(Date.now() % 200) + 20}` } });
  const pub = await publicContext.newPage();
  const response = await pub.goto(PAGE);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  // The emergency numbers come before anything to fill.
  const urgence = pub.getByRole("region", { name: /En cas d'urgence/ });
  await expect(urgence).toBeVisible();
  await expect(urgence.getByRole("link", { name: "115" })).toHaveAttribute("href", "tel:115");
  const box = await urgence.boundingBox();
  const firstField = await pub.getByLabel("Son prénom, ou une courte description").boundingBox();
  expect(box!.y).toBeLessThan(firstField!.y);
  await expect(pub.getByRole("heading", { name: "Vos données et celles de la personne" })).toBeVisible();
  await expect(pub.getByText(/effacé 3 mois après son envoi/)).toBeVisible();
  // Nothing wider than the phone.
  expect(await pub.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await pub.screenshot({ path: "/tmp/signalement-320.png", fullPage: true });

  // A first try without the place: the server answers in French, what was typed is kept.
  await pub.getByLabel("Son prénom, ou une courte description").fill(personne);
  await pub.getByLabel("Sa situation").fill("Il dort sous le porche depuis une semaine et tousse beaucoup.");
  await pub.getByLabel("Votre adresse e-mail").fill(email);
  await pub.getByLabel("Votre nom (facultatif)").fill("Claire Passante");
  await pub.waitForTimeout(4_500); // the minimum time to fill
  await pub.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(pub.getByText("Saisissez le lieu où la rencontrer.").first()).toBeVisible();
  await expect(pub.getByLabel("Son prénom, ou une courte description")).toHaveValue(personne);

  await pub.getByLabel("Adresse ou description du lieu").fill("Sous le porche du 12 rue Nationale, le soir");
  await pub.getByLabel("Commune").selectOption("Lille");
  await pub.getByLabel("Quartier (si vous le connaissez)").selectOption("Wazemmes");
  await pub.waitForTimeout(4_500);
  await pub.getByRole("button", { name: "Envoyer le signalement" }).click();
  const merci = pub.getByText(/Merci, votre signalement a été envoyé à l'équipe de maraude \(référence (S-[A-Z2-9]{4}-[A-Z2-9]{4})\)/);
  await expect(merci).toBeVisible();
  const reference = /S-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec((await merci.textContent()) ?? "")![0];
  await publicContext.close();
  const [stored] = await query<{ id: string; reporterEmail: string | null; status: string }>(`SELECT id, "reporterEmail", status FROM "Signalement" WHERE reference = $1`, [reference]);
  expect(stored).toMatchObject({ reporterEmail: email, status: "NOUVEAU" });

  // ── The maraude team: the inbox, the visit, the link, the closing ──
  const teamContext = await browser.newContext();
  const page = await teamContext.newPage();
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await clickNavLink(page, "Maraude");
  await expect(page.getByRole("heading", { name: "Maraude : signalements reçus" })).toBeVisible();
  await page.getByRole("link", { name: personne }).click();
  await expect(page.getByRole("heading", { name: `Signalement ${reference}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  for (const step of ["Équipe envoyée sur place", "Personne rencontrée"]) {
    await page.getByLabel("Étape suivante").selectOption({ label: step });
    await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
    await expect(page.getByRole("region", { name: "Historique" }).getByText(step === "Personne rencontrée" ? "Personne rencontrée" : "Équipe envoyée")).toBeVisible();
  }

  const nom = `Maraude${run}`;
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(nom);
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill("Marc");
  await page.getByRole("button", { name: "Créer un dossier et le lier" }).click();
  const dossierLink = page.getByRole("link", { name: new RegExp(`Marc ${nom}`) });
  await expect(dossierLink).toBeVisible();
  const [linked] = await query<{ usagerId: string; type: string; lieu: string; observations: string }>(
    `SELECT s."usagerId", a.type, c.lieu, c.observations FROM "Signalement" s JOIN "Accompagnement" a ON a.id = s."accompagnementId" JOIN "ContactMaraude" c ON c."accompagnementId" = a.id WHERE s.id = $1`, [stored!.id]);
  expect(linked).toMatchObject({ type: "ERRANCE", lieu: "Sous le porche du 12 rue Nationale, le soir, Wazemmes, Lille", observations: `Rencontre à la suite du signalement ${reference}.` });

  await page.getByLabel("Étape suivante").selectOption({ label: "Clore le signalement" });
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByText("Ses coordonnées ont été effacées à la clôture du signalement.")).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  const [closed] = await query<{ reporterNom: string | null; reporterEmail: string | null; reporterTelephone: string | null; status: string }>(
    `SELECT "reporterNom", "reporterEmail", "reporterTelephone", status FROM "Signalement" WHERE id = $1`, [stored!.id]);
  expect(closed).toEqual({ reporterNom: null, reporterEmail: null, reporterTelephone: null, status: "CLOS" });

  // The dossier holds the errance accompagnement.
  await dossierLink.click();
  await expect(page.getByRole("heading", { name: new RegExp(nom, "i") }).first()).toBeVisible();
  await expect(page.getByText(/Errance/).first()).toBeVisible();
  // The dashboard gives the delay to the first visit.
  await gotoReady(page, "/tableau-de-bord");
  const maraude = page.getByRole("region", { name: "Maraude" });
  await expect(maraude.getByText(/Délai entre le signalement et la première visite/)).toBeVisible();
  await expect(maraude.getByRole("table")).toBeVisible();
  await teamContext.close();
});

test("the public page and the inbox pass axe; screenshots at 820 and 1366 px", async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await gotoReady(page, PAGE);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "/tmp/signalement-1366.png", fullPage: true });
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: "/tmp/signalement-820.png", fullPage: true });
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/maraude");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: /soixantaine/ }).first().click();
  await expect(page.getByRole("heading", { name: /Signalement S-/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: "/tmp/maraude-detail-1366.png", fullPage: true });
  await gotoReady(page, "/maraude/equipe");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "/tmp/maraude-equipe-1366.png", fullPage: true });
  await context.close();
});

test("the page of an unknown or closed structure is a 404, with no form", async ({ request }) => {
  const r = await request.get("/signaler/structure-inconnue");
  expect(r.status()).toBe(404);
  expect(await r.text()).not.toContain("Envoyer le signalement");
});
