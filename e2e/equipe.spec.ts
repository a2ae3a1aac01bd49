// Working as a team: ts mentions ts2 in a transmission on a dossier; ts2's bell count rises
// without reloading (server-sent events), ts2 opens the notification and lands on the message.
// The text is shown as typed (HTML stays text).
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";
import { query } from "./helpers/db";

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

test("ts mentions ts2 in a transmission; ts2 sees the bell count rise, opens it and lands on the dossier", async ({ browser }) => {
  const stamp = `${Date.now() % 1_000_000}`;
  const usagerId = (await query<{ id: string }>(`SELECT u.id FROM "Usager" u JOIN "User" t ON t."structureId" = u."structureId" AND t.email = 'ts@demo.passerelle.fr' WHERE u.status <> 'ARCHIVE' ORDER BY u."createdAt" LIMIT 1`))[0]!.id;
  const { first, last } = (await query<{ first: string; last: string }>(`SELECT "firstName" AS first, "lastName" AS last FROM "User" WHERE email = 'ts2@demo.passerelle.fr'`))[0]!;
  const ts2 = await as(browser, "ts2@demo.passerelle.fr");
  await gotoReady(ts2.page, "/notifications");
  const bell = ts2.page.getByTestId("notification-bell").locator(".notification-bell__count");
  const before = Number(await bell.getAttribute("data-count"));

  const ts = await as(browser, "ts@demo.passerelle.fr");
  await gotoReady(ts.page, `/usagers/${usagerId}`);
  await ts.page.getByRole("button", { name: "Nouvelle transmission" }).click();
  const form = ts.page.getByRole("form", { name: "Nouvelle transmission" });
  await expect(form.getByText("Une transmission n'est pas confidentielle")).toBeVisible();
  const texte = `<b>Rappel ${stamp}</b> : Madame attend ton appel.`;
  await form.getByLabel("Message").fill(texte);
  await form.getByLabel(`@${first} ${last}`).check();
  await form.getByRole("button", { name: "Envoyer la transmission" }).click();
  await expect(ts.page.locator("ol.transmissions").getByText(texte, { exact: true }).first()).toBeVisible();

  // Without reloading: the count arrives through the event stream.
  await expect(bell).toHaveAttribute("data-count", String(before + 1), { timeout: 10_000 });
  await ts2.page.reload();
  const item = ts2.page.getByRole("listitem").filter({ hasText: "vous mentionne dans une transmission" }).first();
  await item.getByRole("button", { name: "Ouvrir" }).click();
  await ts2.page.waitForURL(new RegExp(`/usagers/${usagerId}#transmission-`));
  await expect(ts2.page.locator("ol.transmissions").getByText(texte, { exact: true }).first()).toBeVisible();
  await expect(ts2.page.getByTestId("notification-bell").locator(".notification-bell__count")).toHaveAttribute("data-count", String(before));
  await ts.context.close();
  await ts2.context.close();
});
