// Issue #8's journey: a colleague opens a dossier; the responsable exports everything held about
// the person (JSON and PDF, the access list included) and reads, in the journal, who opened it.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

test("a responsable exports a person's data and reads in the journal who opened the dossier", async ({ browser }) => {
  const [usager] = await query<{ id: string }>(`SELECT id FROM "Usager" WHERE nom = 'Lefèvre' AND prenom = 'François'`);
  const dossier = `/usagers/${usager!.id}`;

  const colleague = await browser.newContext();
  const ts2 = await colleague.newPage();
  await signInAndWait(ts2, "ts2@demo.passerelle.fr");
  await gotoReady(ts2, dossier);
  await expect(ts2.getByRole("heading", { level: 1 })).toContainText("LEFÈVRE François");
  await colleague.close();

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  await gotoReady(page, dossier);

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter ses données (JSON)" }).click()]);
  const exported = JSON.parse(await (await json.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  const text = JSON.stringify(exported);
  expect(text).toContain("Lefèvre");
  expect(text).toMatch(/Ouverture du dossier par Thomas Girard/);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter ses données (PDF)" }).click()]);
  const bytes = Buffer.concat(await (await pdf.createReadStream()).toArray());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await gotoReady(page, `/admin/journal?dossier=${usager!.id}`);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Thomas Girard" }).filter({ hasText: "Ouverture du dossier" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Hélène Dubois-Caron" }).filter({ hasText: /Export/ }).first()).toBeVisible();
  await context.close();
});
