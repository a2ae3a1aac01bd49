// Issue 18, the working day: a dossier you can scan (sticky header, section menu, paged history,
// a confirmation announced after a save) and text never lost (the server-side draft of an
// entretien, decision 0067; leaving a dirty form asks first). The dossiers are the demo's
// two-year histories of ts@ (prisma/seed/histoires.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { pageAs, signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

const AXE = readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");

/** The demo's long-followed dossiers of ts@, oldest number first. */
async function histories() {
  const rows = await query<{ id: string; numeroDossier: string; nom: string }>(
    `SELECT u.id, u."numeroDossier", u.nom FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId"
      WHERE s.name = 'CCAS de Démo' AND (SELECT count(*) FROM "Entretien" e WHERE e."usagerId" = u.id) >= 30 ORDER BY u."numeroDossier"`);
  expect(rows.length).toBeGreaterThanOrEqual(3);
  return rows;
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

test("the dossier: sticky header with alerts, a summary, sections one click away, a paged history, no axe violation", async ({ page }) => {
  const [dossier] = await histories();
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoReady(page, `/usagers/${dossier!.id}`);
  await expect(page).toHaveTitle(new RegExp(`Dossier n° ${dossier!.numeroDossier}`));
  expect((await page.title()).toLowerCase()).not.toContain(dossier!.nom.toLowerCase());

  const header = page.locator(".dossier-header");
  await expect(header.getByRole("heading", { level: 1 })).toContainText(dossier!.nom.toUpperCase());
  await expect(header).toContainText(`Dossier n° ${dossier!.numeroDossier}`);
  await expect(header).toContainText("Référent·e·s : Élodie Marchand");
  await expect(header.getByRole("list", { name: "À surveiller" })).toContainText(/Domiciliation valable jusqu'au \d{2}\/\d{2}\/\d{4}/);
  await expect(header.getByRole("list", { name: "À surveiller" })).toContainText("aide en attente de décision");
  await expect(page.getByRole("region", { name: "Résumé" })).toContainText("Derniers entretiens");

  // One click to the history; the header stays on screen above it.
  await page.getByRole("navigation", { name: "Sections du dossier" }).getByRole("link", { name: "Historique" }).click();
  await expect(page).toHaveURL(/#historique$/);
  const history = page.locator("#historique");
  await expect(history.getByRole("heading", { name: "Historique du dossier" })).toBeInViewport();
  const box = await header.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(-1);
  expect(box!.y).toBeLessThan(5);

  // Latest first, 20 at a time; "Voir plus" is a link (the URL holds the count).
  const items = history.locator("ol.timeline > li");
  await expect(items).toHaveCount(20);
  await history.getByRole("link", { name: /Voir plus/ }).click();
  await expect(page).toHaveURL(/evenements=40/);
  await expect(items).toHaveCount(40);

  expect(await axeViolations(page)).toEqual([]);
});

test("the identity values stay inside their card on a tablet", async ({ page }) => {
  const [dossier] = await histories();
  await page.setViewportSize({ width: 820, height: 1180 });
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, `/usagers/${dossier!.id}`);
  const overflow = await page.locator(".dossier dl.facts dd").evaluateAll((dds) =>
    dds.filter((dd) => { const card = dd.closest(".card")!.getBoundingClientRect(); const r = dd.getBoundingClientRect(); return r.right > card.right + 1; }).length);
  expect(overflow).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("an entretien's draft survives a reload, is not shown to a colleague, and the save is confirmed with focus on it", async ({ browser }) => {
  const dossier = (await histories())[1]!;
  const form = `/usagers/${dossier.id}/entretiens/nouveau`;
  const text = `Compte rendu en cours ${Date.now()} : la personne explique la baisse de ses ressources.`;
  const ts = await pageAs(browser, "ts@demo.passerelle.fr");
  const page = ts.page;
  await gotoReady(page, form);
  await page.getByLabel("Compte rendu").fill(text);
  await expect(page.locator("[data-draft-status=saved]")).toBeVisible();

  page.on("dialog", (d) => void d.accept());
  await page.reload();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByText("Vous avez un brouillon de ce formulaire")).toBeVisible();
  await page.getByRole("button", { name: "Reprendre le brouillon" }).click();
  await expect(page.getByLabel("Compte rendu")).toHaveValue(text);

  // A colleague opening the same form sees neither the offer nor the text.
  const colleague = await pageAs(browser, "ts2@demo.passerelle.fr");
  await gotoReady(colleague.page, form);
  await expect(colleague.page.getByLabel("Compte rendu")).toHaveValue("");
  await expect(colleague.page.getByText("Vous avez un brouillon")).toHaveCount(0);
  await expect(colleague.page.getByText(text)).toHaveCount(0);
  await colleague.context.close();

  await page.getByRole("group", { name: "Objet de l'entretien" }).getByLabel("Budget").check();
  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(page).toHaveURL(new RegExp(`/usagers/${dossier.id}#entretien-[0-9a-f-]{36}$`));
  await expect(page.getByRole("status").filter({ hasText: "Entretien enregistré." })).toBeVisible();
  const focused = await page.evaluate(() => document.activeElement?.id ?? "");
  expect(focused).toMatch(/^entretien-/);
  await expect(page.locator(`[id="${focused}"]`)).toContainText(text);

  // Saved, the draft is gone.
  await gotoReady(page, form);
  await expect(page.getByText("Vous avez un brouillon")).toHaveCount(0);
  await ts.context.close();
});

test("leaving a form with unsaved changes asks first", async ({ page }) => {
  const dossier = (await histories())[2]!;
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, `/usagers/${dossier.id}/diagnostics/nouveau`);
  // Untouched, the link leaves at once.
  await page.getByRole("link", { name: "← Retour au dossier" }).click();
  await expect(page).toHaveURL(new RegExp(`/usagers/${dossier.id}$`));

  await gotoReady(page, `/usagers/${dossier.id}/diagnostics/nouveau`);
  await page.getByLabel("Conclusion").fill("Conclusion pas encore enregistrée.");
  const messages: string[] = [];
  page.once("dialog", (d) => { messages.push(d.message()); void d.dismiss(); });
  await page.getByRole("link", { name: "← Retour au dossier" }).click();
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain("modifications non enregistrées");
  await expect(page).toHaveURL(/diagnostics\/nouveau$/);
  // Closing the tab or reloading asks too (beforeunload).
  expect(await page.evaluate(() => { const e = new Event("beforeunload", { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })).toBe(true);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("link", { name: "← Retour au dossier" }).click();
  await expect(page).toHaveURL(new RegExp(`/usagers/${dossier.id}$`));
  // The draft waits for its author: discard it so the demo stays clean.
  await gotoReady(page, `/usagers/${dossier.id}/diagnostics/nouveau`);
  const discard = page.getByRole("button", { name: "Supprimer le brouillon" });
  if (await discard.isVisible()) await discard.click();
});
