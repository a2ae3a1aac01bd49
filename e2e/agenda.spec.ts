// An agent of the mairie de quartier de Fives sends a fiche and books a free slot of the CCAS
// permanence held in their site (seeing only free/busy, never who); the travailleuse sociale links
// the fiche to a new dossier, finds the rendez-vous in her agenda, marks it honoured and logs the
// entretien from it (mode and duration prefilled). An ADMIN and the agent get 404 on /agenda.
import { expect, test } from "@playwright/test";
import { pageAs, signInAndWait } from "./helpers/auth";
import { parisDay } from "./helpers/paris";
import { clickNavLink, gotoReady } from "./helpers/navigation";

test("agent books a permanence slot from a fiche; the TS sees it, marks it honoured and logs the entretien", async ({ browser }) => {
  test.setTimeout(120_000);
  const n = Date.now() % 1_000_000;
  const nom = `Agenda-Épreuve${n}`;
  const birth = `${1945 + (n % 50)}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 27)).padStart(2, "0")}`;

  // --- The agent sends a fiche, then books a slot.
  const agent = await pageAs(browser, "agent@demo.passerelle.fr");
  await gotoReady(agent.page, "/fiches-liaison/nouvelle");
  await agent.page.getByLabel("Nom", { exact: true }).fill(nom);
  await agent.page.getByLabel("Prénom", { exact: true }).fill("Zélie");
  await agent.page.getByLabel("Date de naissance (facultative)").fill(birth);
  await agent.page.getByLabel("Téléphone").fill("06 11 22 33 44");
  await agent.page.getByLabel("Logement", { exact: true }).check();
  await agent.page.getByLabel(/La personne a été informée/).check();
  await agent.page.getByRole("button", { name: "Envoyer la fiche au CCAS" }).click();
  await expect(agent.page.getByRole("heading", { name: "Fiche envoyée au CCAS" })).toBeVisible();
  const reference = (await agent.page.getByText(/Référence : FL-\d{4}-\d{6}/).textContent())!.match(/FL-\d{4}-\d{6}/)![0];
  await agent.page.getByRole("link", { name: "Réserver un créneau de permanence" }).click();
  const card = agent.page.getByRole("region", { name: "Réserver un créneau de permanence" });
  await expect(card).toContainText("Mairie de quartier de Fives");
  // Free/busy only: the demo's booked slots show as "occupé", never whose they are.
  await expect(card.getByText(/occupé/).first()).toBeVisible();
  expect(await agent.page.content()).not.toMatch(/LEF[ÈE]VRE|Lefèvre|Dupont|DUPONT/);
  await card.getByRole("button", { name: "Réserver ce créneau" }).click();
  await expect(card.getByText("Choisissez un créneau libre.")).toBeVisible();
  const slot = card.getByRole("radio", { disabled: false }).first();
  const debut = new Date((await slot.getAttribute("value"))!.split("|")[1]!);
  await slot.check();
  await card.getByLabel(/accepte un rappel/).check();
  await card.getByRole("button", { name: "Réserver ce créneau" }).click();
  const day = parisDay(debut);
  const dayFr = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  await expect(agent.page.getByText(new RegExp(`Le ${dayFr} à \\d{2}:\\d{2}, Mairie de quartier`)).first()).toBeVisible();
  await expect(agent.page.getByRole("region", { name: "Réserver un créneau de permanence" })).toHaveCount(0);
  expect((await gotoReady(agent.page, "/agenda"))?.status()).toBe(404);

  // --- The travailleuse sociale: the fiche gets its dossier, the rendez-vous follows it.
  const ts = await pageAs(browser, "ts@demo.passerelle.fr");
  await gotoReady(ts.page, "/fiches-liaison");
  await ts.page.getByRole("link", { name: reference }).click();
  await ts.page.getByRole("button", { name: "Marquer comme reçue" }).click();
  await expect(ts.page.getByLabel("Date de naissance", { exact: true })).toHaveValue(birth);
  await ts.page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(ts.page.getByText(/Fiche liée au/)).toBeVisible();

  // In her agenda (the permanence is hers), the week of the booked slot.
  await clickNavLink(ts.page, "Agenda");
  await expect(ts.page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  await gotoReady(ts.page, `/agenda?vue=semaine&date=${day}`);
  const dayColumn = ts.page.getByRole("region", { name: new RegExp(dayFr) });
  await expect(dayColumn.getByText(/Permanence · Mairie de quartier de Fives/).first()).toBeVisible();
  await dayColumn.getByRole("link", { name: new RegExp(`AGENDA-ÉPREUVE${n}`) }).click();
  await expect(ts.page.getByRole("heading", { level: 1 })).toContainText(`AGENDA-ÉPREUVE${n}`);
  await expect(ts.page.getByText("Accepté : envoyé deux jours avant")).toBeVisible();
  await ts.page.getByRole("button", { name: "Marquer honoré" }).click();
  await expect(ts.page.getByText("Honoré", { exact: true }).first()).toBeVisible();
  await ts.page.getByRole("link", { name: "Saisir l'entretien" }).click();

  // The entretien form, prefilled from the rendez-vous.
  await expect(ts.page.getByRole("heading", { level: 1 })).toHaveText("Nouvel entretien");
  await expect(ts.page.getByLabel("Mode d'entretien")).toHaveValue("PERMANENCE_MAIRIE");
  await expect(ts.page.getByLabel("Durée (minutes)")).toHaveValue("30");
  await ts.page.getByLabel("Logement", { exact: true }).check();
  await ts.page.getByLabel("Compte rendu").fill(`Premier rendez-vous en permanence ${n}.`);
  await ts.page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(ts.page).toHaveURL(/#entretien-[0-9a-f-]{36}$/);
  await expect(ts.page.getByText(`Premier rendez-vous en permanence ${n}.`).first()).toBeVisible();
  // The dossier lists the rendez-vous, the entretien is linked (no second "Saisir l'entretien").
  const rdvCard = ts.page.getByRole("region", { name: "Rendez-vous", exact: true });
  await expect(rdvCard.getByText("Honoré").first()).toBeVisible();
  await expect(rdvCard.getByRole("link", { name: "Saisir l'entretien" })).toHaveCount(0);

  // --- Outsiders: an ADMIN gets 404.
  const admin = await pageAs(browser, "admin@demo.passerelle.fr");
  expect((await gotoReady(admin.page, "/agenda"))?.status()).toBe(404);
  for (const c of [agent, ts, admin]) await c.context.close();
});

test("a TS creates a rendez-vous from a dossier: end before start and a double booking are refused in French", async ({ page }) => {
  const day = (offset: number) => parisDay(new Date(Date.now() + offset * 86_400_000));
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, "/agenda/nouveau");
  await page.getByLabel("Nom, prénom ou numéro de dossier").fill("francois lefevre");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: /LEFÈVRE François/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouveau rendez-vous");
  await page.getByLabel("Date", { exact: true }).fill(day(1));
  await page.getByLabel("Heure de début").fill("17:00");
  await page.getByLabel("Heure de fin").fill("16:00");
  await page.getByRole("button", { name: "Enregistrer le rendez-vous" }).click();
  await expect(page.getByText("L'heure de fin doit être après l'heure de début.")).toBeVisible();
  // The demo has ts@ with Amélie Dupont tomorrow 16:30–17:15.
  await page.getByLabel("Heure de fin").fill("17:30");
  await page.getByRole("button", { name: "Enregistrer le rendez-vous" }).click();
  await expect(page.getByText(/déjà un rendez-vous à ce moment-là/).first()).toBeVisible();
  await page.getByLabel("Heure de début").fill("17:15");
  await page.getByLabel("Type de rendez-vous").selectOption({ label: "Téléphone" });
  await page.getByRole("button", { name: "Enregistrer le rendez-vous" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Rendez-vous : LEFÈVRE François/);
  await expect(page.getByRole("button", { name: "Non venu" })).toHaveCount(0);
  await gotoReady(page, "/agenda/permanences");
  await expect(page.getByRole("cell", { name: /Mardi 09:00–12:00/ }).first()).toBeVisible();
});

test("a TS creates a permanence, excludes a date and gives it back, then stops it after a confirmation", async ({ page }) => {
  await signInAndWait(page, "ts2@demo.passerelle.fr");
  await gotoReady(page, "/agenda/permanences");
  const form = page.getByRole("form", { name: "Nouvelle permanence" });
  await form.getByLabel("Jour", { exact: true }).selectOption({ label: "Samedi" });
  await form.getByLabel("Heure de début").fill("10:00");
  await form.getByLabel("Heure de fin").fill("11:00");
  await form.getByRole("button", { name: "Créer la permanence" }).click();
  const list = page.getByRole("table", { name: "Permanences de la structure" });
  const row = list.getByRole("row").filter({ hasText: "Samedi 10:00–11:00" });
  await expect(row).toHaveCount(1);

  // An absence excluded, then cancelled: the date is given back.
  const saturday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + ((6 - d.getDay() + 7) % 7 || 7) + 7);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  const shown = saturday.split("-").reverse().join("/");
  await row.getByLabel("Date").fill(saturday);
  await row.getByLabel("Motif (férié, absence…)").fill("Formation");
  await row.getByRole("button", { name: "Exclure" }).click();
  await expect(row.getByText(`${shown} (Formation)`)).toBeVisible();
  await row.getByRole("button", { name: `Rétablir la permanence le ${shown} (Formation)` }).click();
  await expect(row.getByText(`${shown} (Formation)`)).toHaveCount(0);

  await row.getByRole("button", { name: /^Arrêter la permanence du samedi 10:00–11:00/ }).click();
  await row.getByRole("button", { name: /^Confirmer l'arrêt de la permanence du samedi 10:00–11:00/ }).click();
  await expect(row).toHaveCount(0);
});
