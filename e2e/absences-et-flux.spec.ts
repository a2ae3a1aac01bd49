// Absences and the agenda feed (issue 25): ts records an absence with ts2 as remplaçant; a task
// the responsable gives ts reaches ts2's notifications "en remplacement de"; ts's dossier says
// "référent absent jusqu'au …". ts creates a feed URL, a calendar client fetches it (no session):
// text/calendar; revoked, it is a 404.
import { expect, test } from "@playwright/test";
import { pageAs as as } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";
import { query } from "./helpers/db";
import { parisDay } from "./helpers/paris";

test.describe.configure({ mode: "serial" });

const fr = (iso: string) => iso.split("-").reverse().join("/");
const plusDays = (iso: string, n: number) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };

test("ts records an absence; ts2 receives what is meant for ts; the dossier says until when", async ({ browser }) => {
  // A previous run's absence would overlap.
  await query(`DELETE FROM "Absence" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'ts@demo.passerelle.fr')`);
  const { first, last } = (await query<{ first: string; last: string }>(`SELECT "firstName" AS first, "lastName" AS last FROM "User" WHERE email = 'ts2@demo.passerelle.fr'`))[0]!;
  const tsName = (await query<{ n: string }>(`SELECT "firstName" || ' ' || "lastName" AS n FROM "User" WHERE email = 'ts@demo.passerelle.fr'`))[0]!.n;
  const today = parisDay(new Date());
  const fin = plusDays(today, 3);

  const ts = await as(browser, "ts@demo.passerelle.fr");
  await gotoReady(ts.page, "/compte");
  const form = ts.page.getByRole("form", { name: "Nouvelle absence" });
  await form.getByLabel("Du").fill(today);
  await form.getByLabel("Au (inclus)").fill(fin);
  await form.getByLabel("Remplacé·e par").selectOption({ label: `${first} ${last}` });
  await form.getByRole("button", { name: "Enregistrer l'absence" }).click();
  await expect(ts.page.getByText("Absence enregistrée.")).toBeVisible();
  await expect(ts.page.getByText(`du ${fr(today)} au ${fr(fin)} · remplacé·e par ${first} ${last}`)).toBeVisible();

  // The responsable gives ts a task: ts2 hears of it too.
  const stamp = `${Date.now() % 1_000_000}`;
  const resp = await as(browser, "responsable@demo.passerelle.fr");
  await gotoReady(resp.page, "/a-faire");
  await resp.page.getByRole("button", { name: "Confier une tâche" }).click();
  const tache = resp.page.getByRole("form", { name: "Nouvelle tâche" });
  await tache.getByLabel("Tâche").fill(`Rappeler la CAF ${stamp}`);
  await tache.getByLabel("Confiée à").selectOption({ label: tsName });
  await tache.getByRole("button", { name: "Enregistrer la tâche" }).click();
  await expect(resp.page.getByText("Tâche enregistrée.")).toBeVisible();

  const ts2 = await as(browser, "ts2@demo.passerelle.fr");
  await gotoReady(ts2.page, "/notifications");
  await expect(ts2.page.getByText(`en remplacement de ${tsName}`).first()).toBeVisible();

  // A dossier of which ts is référent.
  const dossier = (await query<{ id: string }>(`SELECT r."usagerId" AS id FROM "UsagerReferent" r JOIN "User" u ON u.id = r."userId" WHERE u.email = 'ts@demo.passerelle.fr' LIMIT 1`))[0];
  if (dossier) {
    await gotoReady(resp.page, `/usagers/${dossier.id}`);
    await expect(resp.page.locator(".dossier-header").getByText(`référent absent jusqu'au ${fr(fin)}`)).toBeVisible();
  }
  // Put back: the other journeys see ts present.
  await query(`DELETE FROM "Absence" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'ts@demo.passerelle.fr')`);
  await Promise.all([ts.context.close(), resp.context.close(), ts2.context.close()]);
});

test("ts creates an agenda feed URL, a calendar fetches it without session, revoked it is a 404", async ({ browser, playwright, baseURL }) => {
  const ts = await as(browser, "ts@demo.passerelle.fr");
  await gotoReady(ts.page, "/compte");
  const label = `Téléphone ${Date.now() % 1_000_000}`;
  const form = ts.page.getByRole("form", { name: "Nouvel abonnement à l'agenda" });
  await form.getByLabel("Nom de l'abonnement").fill(label);
  await form.getByRole("button", { name: "Créer une adresse d'abonnement" }).click();
  const url = await ts.page.getByTestId("agenda-feed-url").inputValue();
  const path = new URL(url).pathname;
  expect(path).toMatch(/^\/api\/agenda\/flux\/[A-Za-z0-9_-]{43}\.ics$/);

  // A calendar client: no cookie.
  const client = await playwright.request.newContext({ baseURL });
  const res = await client.get(path);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await res.text()).toContain("BEGIN:VCALENDAR");

  await ts.page.reload();
  const item = ts.page.getByRole("listitem").filter({ hasText: label });
  await item.getByRole("button", { name: "Révoquer" }).click();
  await item.getByRole("button", { name: "Oui, révoquer" }).click();
  // Revoked, it leaves the list of active subscriptions (its success message goes with it).
  await expect(ts.page.getByRole("listitem").filter({ hasText: label })).toHaveCount(0);
  expect((await client.get(path)).status()).toBe(404);
  await client.dispose();
  await ts.context.close();
});
