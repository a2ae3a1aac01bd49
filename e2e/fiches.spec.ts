// The closed loop of a fiche de liaison across two browsers: the agent of a mairie de quartier
// sends it, a travailleur social receives it, creates the dossier from it and gives an
// appointment; the agent then sees "RDV fixé" with the date, and nothing of the evaluation.
// The fiche is created through the UI: the spec does not depend on the demo fiches.
import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers/auth";
import { parisDay } from "./helpers/paris";
import { gotoReady } from "./helpers/navigation";

test("agent sends a fiche, the TS receives it, creates the dossier and gives an appointment; the agent sees only the outcome", async ({ browser }) => {
  // Four people sign in one after the other: longer than a one-page journey.
  test.setTimeout(120_000);
  const n = Date.now() % 1_000_000;
  const suffix = String(n);
  // A birth date of its own, so that an earlier run's dossier is not a likely duplicate.
  const birth = `${1940 + (n % 60)}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;
  const nom = `Fiche-Épreuve${suffix}`;
  const note = `Dette de loyer de 3 200 euros, suivi ${suffix}`;
  const rdvDay = parisDay(new Date(Date.now() + 7 * 86_400_000));
  const rdvFr = `${rdvDay.slice(8, 10)}/${rdvDay.slice(5, 7)}/${rdvDay.slice(0, 4)} à 14:30`;

  // --- The agent, at the mairie de quartier de Fives.
  const agent = await pageAs(browser, "agent@demo.passerelle.fr");
  await gotoReady(agent.page, "/fiches-liaison/nouvelle");
  await expect(agent.page.getByText(/Envoyée depuis/)).toContainText("Mairie de quartier de Fives");
  await agent.page.getByLabel("Nom", { exact: true }).fill(nom);
  await agent.page.getByLabel("Prénom", { exact: true }).fill("Zélie");
  await agent.page.getByLabel("Date de naissance (facultative)").fill(birth);
  await agent.page.getByLabel("Téléphone").fill("+33 6 11 22 33 44");
  await agent.page.getByLabel("Logement", { exact: true }).check();
  await agent.page.getByLabel("Précision (facultative)").fill("<b>Courrier</b> du bailleur");
  await agent.page.getByLabel("Urgence").selectOption({ label: "Prioritaire" });
  await agent.page.getByRole("button", { name: "Envoyer la fiche au CCAS" }).click();
  await expect(agent.page.getByText(/Sans l'accord de la personne, la fiche ne peut pas être envoyée/)).toBeVisible();
  await agent.page.getByLabel(/La personne a été informée/).check();
  await agent.page.getByRole("button", { name: "Envoyer la fiche au CCAS" }).click();
  await expect(agent.page.getByRole("heading", { name: "Fiche envoyée au CCAS" })).toBeVisible();
  const reference = (await agent.page.getByText(/Référence : FL-\d{4}-\d{6}/).textContent())!.match(/FL-\d{4}-\d{6}/)![0];
  const ficheUrl = agent.page.url().replace(/\/confirmation$/, "");

  // --- The travailleur social, in another browser.
  const ts = await pageAs(browser, "ts@demo.passerelle.fr");
  await gotoReady(ts.page, "/fiches-liaison");
  await ts.page.getByRole("link", { name: reference }).click();
  await expect(ts.page.getByRole("heading", { level: 1 })).toHaveText(`Fiche ${reference}`);
  // Typed HTML is shown as text.
  await expect(ts.page.getByText("<b>Courrier</b> du bailleur")).toBeVisible();
  await ts.page.getByRole("button", { name: "Marquer comme reçue" }).click();
  await ts.page.getByLabel("Compte rendu du premier contact").fill(note);
  await ts.page.getByLabel("Complémentaire santé solidaire").check();
  await ts.page.getByRole("button", { name: "Enregistrer le premier contact" }).click();
  await expect(ts.page.getByText("Premier contact enregistré.")).toBeVisible();
  // The dossier is created from the fiche, prefilled with what the agent typed.
  await expect(ts.page.getByLabel("Nom", { exact: true })).toHaveValue(nom);
  await expect(ts.page.getByLabel("Date de naissance", { exact: true })).toHaveValue(birth);
  await ts.page.getByRole("button", { name: "Créer le dossier" }).click();
  const linked = ts.page.getByText(/Fiche liée au/);
  await expect(linked).toBeVisible();
  const numeroDossier = (await linked.textContent())!.match(/\d{4}-\d{6}/)![0];
  await ts.page.getByLabel("Date du rendez-vous").fill(rdvDay);
  await ts.page.getByLabel("Heure", { exact: true }).fill("14:30");
  await ts.page.getByLabel("Lieu", { exact: true }).selectOption({ label: "Maison des Solidarités" });
  await ts.page.getByRole("button", { name: "Fixer le rendez-vous" }).click();
  await expect(ts.page.getByText(`Le ${rdvFr}, Maison des Solidarités`).first()).toBeVisible();
  await expect(ts.page.getByRole("button", { name: "Fixer le rendez-vous" })).toHaveCount(0);

  // --- Back to the agent: status and appointment, nothing of the evaluation or the dossier.
  await gotoReady(agent.page, "/fiches-liaison");
  const row = agent.page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("RDV fixé");
  await expect(row).toContainText(`Le ${rdvFr}, Maison des Solidarités`);
  await expect(row).toContainText("Rendez-vous fixé");
  for (const path of ["/fiches-liaison", new URL(ficheUrl).pathname]) {
    await gotoReady(agent.page, path);
    const html = await agent.page.content();
    expect(html, path).toContain(reference);
    for (const secret of [note, "3 200 euros", "Complémentaire santé solidaire", "Compte rendu", "/usagers/"]) {
      expect(html, `${path} must not contain ${secret}`).not.toContain(secret);
    }
    // The dossier number, not as the tail of a fiche reference (FL-2026-000038 vs 2026-000038).
    expect(html, `${path} must not contain the dossier number`).not.toMatch(new RegExp(`(?<!FL-)${numeroDossier}`));
  }
  await expect(agent.page.getByText(`Le ${rdvFr}, Maison des Solidarités`)).toBeVisible();

  // --- Outsiders get 404: another structure's worker on the fiche, an admin on the inbox.
  const other = await pageAs(browser, "ts@autre.passerelle.fr");
  expect((await gotoReady(other.page, new URL(ficheUrl).pathname))?.status()).toBe(404);
  const admin = await pageAs(browser, "admin@demo.passerelle.fr");
  for (const path of ["/fiches-liaison", new URL(ficheUrl).pathname, "/fiches-liaison/nouvelle"]) {
    expect((await gotoReady(admin.page, path))?.status(), path).toBe(404);
  }
  expect((await gotoReady(ts.page, "/fiches-liaison/nouvelle"))?.status()).toBe(404);
  for (const c of [agent, ts, other, admin]) await c.context.close();
});
