// A travailleuse sociale creates a workshop, registers two persons (a third is refused: full),
// records attendance after the session and finds it in a participant's timeline. An AGENT and an
// ADMIN get 404 on the workshops.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { clickNavLink, gotoReady } from "./helpers/navigation";

const stamp = Date.now() % 1_000_000;
const TITRE = `Démarches en ligne ${stamp}`;

/** yyyy-mm-ddThh:mm in Paris, `days` from today, for a datetime-local field. */
function parisLocal(days: number, time: string) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + days * 86_400_000));
  return `${day}T${time}`;
}

test("a TS creates a workshop, registers two usagers, records attendance and sees it in the timeline", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await clickNavLink(page, "Ateliers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ateliers collectifs");
  await page.getByRole("link", { name: "Nouvel atelier" }).click();

  await page.getByLabel("Titre").fill(TITRE);
  await page.getByLabel("Thème").selectOption({ label: "Accès au numérique" });
  await page.getByLabel("Date et heure de début").fill(parisLocal(-2, "10:00"));
  await page.getByLabel("Durée (minutes)").fill("90");
  await page.getByLabel("Lieu", { exact: true }).selectOption({ label: "Maison des Solidarités Centre" });
  await page.getByLabel("Capacité (places)").fill("2");
  await page.getByLabel(/liste d'attente/).uncheck();
  await page.getByRole("button", { name: "Créer l'atelier" }).click();
  await expect(page.getByLabel("Date et heure de début")).toHaveAccessibleDescription(/La date de l'atelier est passée : choisissez une date et une heure à venir\./);
  await page.getByLabel("Date et heure de début").fill(parisLocal(1, "14:00"));
  await page.getByRole("button", { name: "Créer l'atelier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITRE);
  const atelierUrl = page.url();

  const register = async (term: string, name: RegExp) => {
    await page.getByLabel("Rechercher une personne").fill(term);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("button", { name }).first().click();
  };
  const participants = page.getByRole("table", { name: "Personnes inscrites à l'atelier" });
  await register("Dupont Amélie", /^Inscrire DUPONT Amélie/);
  await expect(participants.getByRole("link", { name: "DUPONT Amélie" })).toBeVisible();
  await register("Lefèvre François", /^Inscrire LEFÈVRE François/);
  await expect(participants.getByRole("link", { name: "LEFÈVRE François" })).toBeVisible();
  await register("N'Diaye Aïssatou", /^Inscrire N'DIAYE Aïssatou/);
  await expect(page.getByRole("alert").filter({ hasText: "L'atelier est complet (2 places)." })).toBeVisible();
  await expect(participants.getByRole("row")).toHaveCount(3);

  // The session takes place: its start is moved into the past (tests do not wait for the clock).
  await query(`UPDATE "Atelier" SET debut = now() - interval '3 hours' WHERE titre = $1`, [TITRE]);
  await gotoReady(page, atelierUrl);
  await page.getByLabel("Présence de DUPONT Amélie").selectOption({ label: "Présent·e" });
  await page.getByLabel("Présence de LEFÈVRE François").selectOption({ label: "Excusé·e" });
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(page.getByText("Présences enregistrées.")).toBeVisible();
  await expect(page.getByText("Réalisé", { exact: true })).toBeVisible();

  await participants.getByRole("link", { name: "DUPONT Amélie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/DUPONT Amélie/);
  await page.getByRole("navigation", { name: "Filtrer l'historique" }).getByRole("link", { name: "Ateliers collectifs" }).click();
  const history = page.locator("#historique");
  await expect(history.getByRole("listitem").filter({ hasText: TITRE })).toHaveCount(2);
  await expect(history.getByRole("link", { name: "Présence à l'atelier : présent·e" }).first()).toBeVisible();
  await expect(history.getByRole("link", { name: "Inscription à un atelier" }).first()).toBeVisible();
});

test("an AGENT and an ADMIN get a 404 on the workshops", async ({ page }) => {
  const [row] = await query<{ id: string }>(`SELECT id FROM "Atelier" ORDER BY debut LIMIT 1`);
  for (const email of ["agent@demo.passerelle.fr", "admin@demo.passerelle.fr"]) {
    await page.context().clearCookies();
    await signInAndWait(page, email);
    for (const path of ["/ateliers", `/ateliers/${row!.id}`, "/ateliers/nouveau"]) {
      const response = await gotoReady(page, path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
    }
  }
});
