// Issue 17: a form of the one mechanism is a real <form action>. (a) With JavaScript turned off,
// the entretien form comes back with the French field error and the typed compte rendu, then
// saves, and the text never travels in an address. (b) Text typed before the page's scripts have
// run is kept by hydration and saved.
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { waitForReady } from "./helpers/navigation";

test.setTimeout(120_000);

async function dossierPath() {
  const [row] = await query<{ id: string }>(`SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.nom = 'N''Diaye' AND u.prenom = 'Aïssatou'`);
  return `/usagers/${row!.id}`;
}

/** Every address the page asked for, to prove the typed text never went into one. */
function recordAddresses(page: Page) {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("framenavigated", (f) => urls.push(f.url()));
  return urls;
}

test("without JavaScript, the entretien form shows the French error with the text kept, then saves", async ({ browser }) => {
  const dossier = await dossierPath();
  const resume = `Compte rendu sans JavaScript ${Date.now()} : point sur les factures`;
  const signedIn = await browser.newContext();
  await signInAndWait(await signedIn.newPage(), "ts@demo.passerelle.fr");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  const page = await context.newPage();
  const urls = recordAddresses(page);

  await page.goto(`${dossier}/entretiens/nouveau`);
  await page.getByLabel("Compte rendu").fill(resume);
  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();

  // The server answered the post itself: the error on its fieldset, the text still in its field.
  const objets = page.getByRole("group", { name: "Objet de l'entretien" });
  await expect(objets.getByText("Cochez au moins un objet.")).toBeVisible();
  await expect(objets).toHaveAccessibleDescription("Cochez au moins un objet.");
  await expect(page.getByLabel("Compte rendu")).toHaveValue(resume);
  await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();

  await objets.getByLabel("Budget").check();
  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(page).toHaveURL(new RegExp(`${dossier}(\\?enregistre=entretien)?#entretien-[0-9a-f-]{36}$`));
  await expect(page.getByText(resume).first()).toBeVisible();

  const words = [resume, encodeURIComponent(resume), resume.replace(/ /g, "+")];
  for (const url of urls) for (const w of words) expect(url).not.toContain(w);
  await context.close();
});

test("text typed before the page's scripts run is kept by hydration and saved", async ({ page }) => {
  const dossier = await dossierPath();
  const resume = `Compte rendu tapé avant hydratation ${Date.now()}`;
  await signInAndWait(page, "ts@demo.passerelle.fr");
  const urls = recordAddresses(page);

  // The page's scripts wait until the text is typed; styles and everything else go through.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => { release = resolve; });
  await page.route("**/_next/static/**", async (route) => {
    if (route.request().resourceType() === "script") await typed;
    await route.fallback();
  });
  await page.goto(`${dossier}/entretiens/nouveau`, { waitUntil: "commit" });
  await page.getByLabel("Compte rendu").fill(resume);
  await page.getByRole("group", { name: "Objet de l'entretien" }).getByLabel("Budget").check();
  await expect(page.locator("html[data-hydrated]")).toHaveCount(0);

  release();
  await waitForReady(page);
  await expect(page.getByLabel("Compte rendu")).toHaveValue(resume);
  await expect(page.getByRole("group", { name: "Objet de l'entretien" }).getByLabel("Budget")).toBeChecked();

  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(page).toHaveURL(new RegExp(`${dossier}(\\?enregistre=entretien)?#entretien-[0-9a-f-]{36}$`));
  await expect(page.getByText(resume).first()).toBeVisible();
  for (const url of urls) expect(url).not.toContain(encodeURIComponent(resume));
});
