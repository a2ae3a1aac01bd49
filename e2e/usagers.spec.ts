// A travailleur social creates a person, finds them by typing the name without accents, opens
// the dossier and edits it. An AGENT and a worker of another structure get 404.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { clickNavLink, gotoReady } from "./helpers/navigation";
import { searchUsagers } from "./helpers/usagers";

test("a TS creates a dossier, finds it without accents, opens and edits it", async ({ page }) => {
  const nom = `Hélène-Aubépine${Date.now() % 100000}`;
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await expect(page).toHaveURL(/\/accueil$/);
  await gotoReady(page, "/usagers");
  await page.getByRole("main").getByRole("link", { name: "Nouveau dossier" }).click();

  await page.getByLabel("Nom", { exact: true }).fill(nom);
  await page.getByLabel("Prénom", { exact: true }).fill("Bérénice");
  await page.getByLabel("Date de naissance", { exact: true }).fill("1982-05-17");
  await page.getByLabel("Téléphone").fill("0612345678");
  await page.getByLabel("Logement").selectOption({ label: "Locataire du parc social" });
  await page.getByLabel("RSA", { exact: true }).check();
  await page.getByRole("button", { name: "Ajouter une ressource" }).click();
  await page.getByLabel("Type").selectOption({ label: "RSA" });
  await page.getByLabel("Montant mensuel (€)").fill("-3");
  await page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(page.getByText("Montant mensuel : le montant ne peut pas être négatif.")).toBeVisible();
  await page.getByLabel("Montant mensuel (€)").fill("635,71");
  await page.getByRole("button", { name: "Créer le dossier" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${nom.toUpperCase()} Bérénice`);
  await expect(page.getByText("06 12 34 56 78")).toBeVisible();
  await expect(page.getByText("635,71 €").first()).toBeVisible();
  await expect(page.getByText("Création du dossier")).toBeVisible();

  // Found by typing without accents, as a prefix.
  await clickNavLink(page, "Usagers");
  const plain = nom.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().slice(0, 12);
  await page.getByLabel("Rechercher").fill(plain);
  // The name is searched, never written in the address (decision 0064).
  await expect(page).toHaveURL(/[?&]recherche=/);
  expect(page.url()).not.toContain(plain);
  await page.getByRole("link", { name: new RegExp(`${nom.toUpperCase()} Bérénice`) }).click();

  await page.getByRole("link", { name: "Modifier le dossier" }).click();
  await page.getByLabel("Date de naissance", { exact: true }).fill("2999-01-01");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("La date de naissance : la date ne peut pas être dans le futur.")).toBeVisible();
  await page.getByLabel("Date de naissance", { exact: true }).fill("1982-05-17");
  await page.getByLabel("Quartier").fill("Moulins");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${nom.toUpperCase()} Bérénice`);
  await expect(page.getByText("Moulins")).toBeVisible();
  await expect(page.getByText("Dossier modifié")).toBeVisible();
});

test("the seeded dossier of François Lefèvre is found by 'francois lefevre' and 'Lefebvre'", async ({ page }) => {
  await signInAndWait(page, "ts2@demo.passerelle.fr");
  for (const q of ["francois lefevre", "Lefebvre"]) {
    await searchUsagers(page, q);
    await expect(page.getByRole("link", { name: /LEFÈVRE François/ })).toBeVisible();
    await expect(page.getByText(/Gérard/)).toHaveCount(0);
  }
});

test("creating a likely duplicate shows the existing dossier first", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, "/usagers/nouveau");
  await page.getByLabel("Nom", { exact: true }).fill("LEFEVRE");
  await page.getByLabel("Prénom", { exact: true }).fill("Francois");
  await page.getByLabel("Date de naissance", { exact: true }).fill("1978-04-12");
  await expect(page.getByText(/Dossier peut-être déjà existant/)).toBeVisible();
  await expect(page.getByRole("link", { name: /LEFÈVRE François/ })).toBeVisible();
  await page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(page.getByText("Confirmez qu'il s'agit d'une autre personne, ou ouvrez le dossier existant.")).toBeVisible();
});

test("an AGENT and a worker of another structure get 404 on usagers", async ({ browser }) => {
  const [row] = await query<{ id: string }>(`SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.nom = 'Lefèvre' AND u.prenom = 'François'`);
  const id = row!.id;
  for (const email of ["agent@demo.passerelle.fr", "ts@autre.passerelle.fr"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAndWait(page, email);
    for (const path of email.startsWith("agent") ? ["/usagers", `/usagers/${id}`, "/usagers/nouveau"] : [`/usagers/${id}`, `/usagers/${id}/modifier`]) {
      const response = await gotoReady(page, path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
    }
    await context.close();
  }
});
