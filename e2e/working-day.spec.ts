// Issue 18, the working day: a TS lands on Ma journée with today's rendez-vous of the demo seed and
// "Saisir l'entretien"; a task the responsable assigns shows in the assignee's Ma journée (issue
// 25); the navigation holds on one line at 1366 px and folds behind "Menu" at 820 px, opened with
// the keyboard; Ctrl+K finds "Lefèvre" typed "lefevre" without putting the name in an address;
// axe finds nothing on /accueil for each role; no sideways scroll at 820 and 320 px.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";

const AXE = readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");

async function signedIn(browser: Browser, email: string, viewport = { width: 1366, height: 768 }) {
  // bypassCSP: axe is injected as an inline script.
  const context = await browser.newContext({ bypassCSP: true, viewport });
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`);
  });
}

/** true, or the elements that stick out to the right (outside a scroller of their own). */
const noSidewaysScroll = (page: Page) => page.evaluate(() => {
  if (document.documentElement.scrollWidth <= window.innerWidth) return true;
  const inScroller = (el: Element) => { for (let n = el.parentElement; n; n = n.parentElement) if (/(auto|scroll)/.test(getComputedStyle(n).overflowX)) return true; return false; };
  return [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !inScroller(el))
    .slice(0, 8).map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`).join(" ; ");
});

test("a TS lands on Ma journée: today's rendez-vous with « Saisir l'entretien », prefilled from the rendez-vous", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "ts@demo.passerelle.fr");
  await expect(page).toHaveURL(/\/accueil$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ma journée");
  const rdv = page.getByRole("region", { name: /^Rendez-vous et permanences du jour \(\d+\)$/ });
  await expect(rdv).toContainText("Point sur l'échéancier");
  await expect(rdv).toContainText("Permanence");
  for (const name of [/^Mes tâches \(\d+\)$/, /^Échéances des 7 jours/, /^Dossiers ouverts récemment \(\d+\)$/, /^Orientations à relancer/]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  const write = rdv.getByRole("link", { name: /^Saisir l'entretien : .*11:30/ });
  await write.click();
  await expect(page).toHaveURL(/\/usagers\/[0-9a-f-]{36}\/entretiens\/nouveau\?rendezVousId=[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Durée (minutes)")).toHaveValue("45");
  await expect(page.getByLabel("Mode d'entretien")).toHaveValue("BUREAU");
  await context.close();
});

test("a task the responsable assigns in « À faire » appears in the assignee's Ma journée", async ({ browser }) => {
  const titre = `Rappeler la CAF pour le dossier ${Date.now().toString(36)}`;
  const resp = await signedIn(browser, "responsable@demo.passerelle.fr");
  await gotoReady(resp.page, "/a-faire");
  await resp.page.getByRole("button", { name: "Confier une tâche" }).click();
  const form = resp.page.getByRole("form", { name: "Nouvelle tâche" });
  await form.getByLabel("Tâche").fill(titre);
  await form.getByLabel("Confiée à").selectOption({ label: "Thomas Girard" });
  await form.getByRole("button", { name: "Enregistrer la tâche" }).click();
  await expect(resp.page.getByText("Tâche enregistrée.")).toBeVisible();
  await resp.context.close();

  const ts2 = await signedIn(browser, "ts2@demo.passerelle.fr");
  await expect(ts2.page).toHaveURL(/\/accueil$/);
  await expect(ts2.page.getByRole("region", { name: /^Mes tâches \(\d+\)$/ })).toContainText(titre);
  await ts2.context.close();
});

test("the navigation holds on one line at 1366 px, folds behind « Menu » at 820 px and opens with the keyboard", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "responsable@demo.passerelle.fr");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  const tops = await nav.locator(".app-nav__list > li").evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(4);
  expect(new Set(tops).size).toBe(1);
  expect((await nav.boundingBox())!.height).toBeLessThan(60);
  await expect(nav.getByRole("button", { name: "Menu" })).toBeHidden();
  // A group opens as a menu and Escape folds it back, the focus on its summary.
  await nav.locator("summary", { hasText: "Suivi" }).click();
  await expect(nav.getByRole("link", { name: "Aides", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Aides", exact: true })).toBeHidden();

  await page.setViewportSize({ width: 820, height: 1180 });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Ma journée" })).toBeHidden();
  expect((await nav.boundingBox())!.height).toBeLessThan(70);
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Ma journée" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Ma journée" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "Usagers", exact: true })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Usagers", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/usagers$/);
  await context.close();
});

test("Ctrl+K finds « Lefèvre » typed « lefevre »; Enter opens the dossier; the name never goes into an address", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "ts@demo.passerelle.fr");
  const addresses: string[] = [];
  page.on("request", (r) => addresses.push(r.url()));
  const opener = page.getByRole("button", { name: /^Aller à un dossier/ });
  // Escape closes and the focus goes back where it was.
  await opener.focus();
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Aller à un dossier" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Nom ou numéro de dossier" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press("Control+k");
  const box = dialog.getByRole("combobox", { name: "Nom ou numéro de dossier" });
  await box.pressSequentially("lefevre");
  const option = dialog.getByRole("option", { name: /LEFÈVRE François/ });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(dialog.getByRole("status")).toContainText(/dossiers? trouvés?/);
  // The arrows move the active option (wrapping), Enter opens the one chosen.
  const count = await dialog.getByRole("option").count();
  for (let i = 0; i < count; i++) await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/usagers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LEFÈVRE");
  expect(addresses.filter((a) => /lef[eè]vre/i.test(decodeURIComponent(a)))).toEqual([]);
  await context.close();
});

for (const email of ["ts@demo.passerelle.fr", "responsable@demo.passerelle.fr", "agent@demo.passerelle.fr", "accueil@demo.passerelle.fr", "admin@demo.passerelle.fr"]) {
  test(`Ma journée of ${email}: no axe violation, no sideways scroll at 820 and 320 px`, async ({ browser }) => {
    const { context, page } = await signedIn(browser, email);
    await gotoReady(page, "/accueil");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ma journée");
    expect(await axeViolations(page)).toEqual([]);
    const who = email.split("@")[0];
    if (who === "ts" || who === "responsable") await page.screenshot({ path: `/tmp/journee-${who}-1366.png`, fullPage: true });
    for (const width of [820, 320]) {
      await page.setViewportSize({ width, height: width === 820 ? 1180 : 640 });
      expect(await noSidewaysScroll(page), `${email} à ${width} px`).toBe(true);
      if (width === 820 && (who === "ts" || who === "responsable")) await page.screenshot({ path: `/tmp/journee-${who}-820.png`, fullPage: true });
    }
    // The menu open at 320 px stays inside the screen too.
    const menu = page.getByRole("navigation", { name: "Navigation principale" }).getByRole("button", { name: "Menu" });
    await menu.click();
    expect(await noSidewaysScroll(page), `${email} à 320 px, menu ouvert`).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}
