// Issue 18 "lists as dense as a spreadsheet" and issue 23 finding 9 (the searched name never in
// the address, decision 0064): the usagers list of the demo TS (about 60 dossiers of their own,
// prisma/seed) and the other work lists, at 1366×768, on a tablet (820) and at 320 px.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { pageAs, signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";
import { searchUsagers } from "./helpers/usagers";

const AXE = readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
const SHOTS = path.join(process.cwd(), "test-results", "dense-lists");

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/**
 * Rows of the table entirely inside the viewport, without scrolling. The header and navigation
 * are given 110 px (their one-line version, issue 18): any more they take is not the list's.
 */
async function rowsInView(page: Page) {
  return page.evaluate(() => {
    const chrome = document.querySelector("main")!.getBoundingClientRect().top;
    const bottom = window.innerHeight + Math.max(0, chrome - 110);
    return [...document.querySelectorAll(".table tbody tr")].filter((tr) => tr.getBoundingClientRect().bottom <= bottom).length;
  });
}

/** null when nothing sticks out sideways, else the elements that do (outside a table's scroller). */
const sideScroll = (page: Page) => page.evaluate(() => {
  if (document.documentElement.scrollWidth <= window.innerWidth) return null;
  // The application header counts too: its account links wrap at 320 px (e2e/every-page.spec.ts).
  const out = [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".table-wrap"))
    .slice(-5).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
  return out.length ? out.join(" | ") : null;
});

test("the TS's list: 15+ rows above the fold, own dossiers first, one click to all, / and Enter", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, "/usagers");
  const scope = page.getByRole("navigation", { name: "Dossiers affichés" });
  await expect(scope.getByRole("link", { name: "Mes dossiers" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText(/dossiers? dont vous êtes référent/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, "usagers-1366-first.png") });
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
  await page.screenshot({ path: path.join(SHOTS, "usagers-1366.png") });
  expect(await axeViolations(page)).toEqual([]);

  // Every row is one of the TS's (a référent column naming them).
  const [ts] = await query<{ firstName: string; lastName: string }>(`SELECT "firstName", "lastName" FROM "User" WHERE email = 'ts@demo.passerelle.fr'`);
  const referentCells = page.locator(".table tbody tr td:nth-child(5)");
  for (const text of await referentCells.allTextContents()) expect(text).toContain(`${ts!.firstName} ${ts!.lastName}`);

  await scope.getByRole("link", { name: "Toute la structure" }).click();
  await expect(scope.getByRole("link", { name: "Toute la structure" })).toHaveAttribute("aria-current", "true");
  await expect(page).toHaveURL(/referent=tous/);
  await expect(page.getByText(/dont vous êtes référent/)).toHaveCount(0);

  // The filters fold; a chosen one is a chip that removes it.
  await page.getByText(/^Filtres \(\d+\)$/).click();
  await page.getByLabel("Statut").selectOption("tous");
  await expect(page).toHaveURL(/statut=tous/);
  const chip = page.getByRole("list", { name: "Filtres actifs" }).getByRole("link", { name: /Tous les statuts/ });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).not.toHaveURL(/statut=/);

  // "/" from the page puts the cursor in the search; not while typing in a field.
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Rechercher", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue("");

  // Up/Down move between the rows' links, Enter opens the dossier.
  const links = page.locator("[data-row-link]");
  await links.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  const href = await links.nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("a name search leaves no name in the address; paging and back keep it", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await searchUsagers(page, "lefevre");
  await expect(page.getByRole("link", { name: /LEFÈVRE François/ })).toBeVisible();
  expect(page.url().toLowerCase()).not.toContain("lefevre");
  await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue("lefevre");

  // A numéro prefix matching more than a page: the next page is still that search.
  const [year] = await query<{ prefix: string; n: number }>(
    `SELECT left(u."numeroDossier", 4) AS prefix, count(*)::int AS n FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId"
      WHERE s.name = 'CCAS de Démo' AND u.status = 'ACTIF' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  expect(year!.n).toBeGreaterThan(25);
  await searchUsagers(page, year!.prefix);
  const token = new URL(page.url()).searchParams.get("recherche");
  await page.getByRole("button", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/page=2/);
  expect(new URL(page.url()).searchParams.get("recherche")).toBe(token);
  await expect(page.getByRole("table", { name: `Usagers correspondant à la recherche « ${year!.prefix} »` })).toBeVisible();
  await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue(year!.prefix);

  // An old link with the name in clear is sealed at once.
  await gotoReady(page, "/usagers?q=lefevre&statut=tous");
  await expect(page).toHaveURL(/statut=tous&recherche=/);
  expect(page.url()).not.toContain("lefevre");

  // A token is bound to its user: another session cannot read it.
  const sealed = page.url();
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await signInAndWait(otherPage, "ts2@demo.passerelle.fr");
  await gotoReady(otherPage, sealed);
  await expect(otherPage.getByText(/Cette recherche a expiré/)).toBeVisible();
  await expect(otherPage.getByLabel("Rechercher", { exact: true })).toHaveValue("");
  await other.close();
});

test("the search works without JavaScript, by a post", async ({ browser }) => {
  const { context: signedIn } = await pageAs(browser, "ts@demo.passerelle.fr");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  const page = await context.newPage();
  await page.goto("/usagers");
  const posted = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/usagers");
  await page.getByLabel("Rechercher", { exact: true }).fill("lefevre");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await posted;
  await expect(page).toHaveURL(/recherche=/);
  expect(page.url()).not.toContain("lefevre");
  await expect(page.getByRole("link", { name: /LEFÈVRE François/ })).toBeVisible();
  await context.close();
});

// Every filtered list folds its filters behind "Filtres (n)" and shows the active ones as chips
// that remove them (ListFilterForm, decision 0063): the lists that had no chips yet.
test("the other lists: « Filtres (n) » and a chip that removes its filter", async ({ page }) => {
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  for (const [url, chipName, param] of [
    ["/entretiens?du=&au=&canal=PERMANENCE", /^Canal : /, "canal"],
    ["/agenda/rendez-vous?issue=NON_VENU", /^Issue : Non venu/, "issue"],
    ["/ateliers?periode=toutes", /^Période : toutes les dates/, "periode"],
    ["/orientations?statut=en_attente", /^Statut : En attente de réponse/, "statut"],
    ["/admin/journal?du=2026-01-01", /^Du 01\/01\/2026/, "du"],
  ] as const) {
    await gotoReady(page, url);
    const form = page.getByRole("search").filter({ has: page.locator("summary") });
    await expect(form.locator("summary"), url).toHaveText(/^Filtres \([1-9]\d*\)$/);
    const chip = form.getByRole("list", { name: "Filtres actifs" }).getByRole("link", { name: chipName });
    await expect(chip, url).toBeVisible();
    await chip.click();
    await expect(page, url).not.toHaveURL(new RegExp(`[?&]${param}=[^&]`));
    await expect(form.getByRole("list", { name: "Filtres actifs" }).getByRole("link", { name: chipName }), url).toHaveCount(0);
  }
  // The entretiens' "any date" survives removing another chip (the 30-day default stays away).
  await gotoReady(page, "/entretiens?du=&au=&canal=PERMANENCE");
  await page.getByRole("link", { name: /^Canal : / }).click();
  await expect(page).toHaveURL(/du=&au=/);
});

for (const [email, paths] of [
  ["ts@demo.passerelle.fr", ["/usagers", "/aides", "/fiches-liaison", "/orientations", "/entretiens", "/ateliers"]],
  ["responsable@demo.passerelle.fr", ["/usagers", "/aides", "/fiches-liaison", "/orientations", "/domiciliations", "/agenda/rendez-vous", "/admin/journal"]],
  ["agent@demo.passerelle.fr", ["/fiches-liaison"]],
] as const) {
  test(`no sideways scroll at 820 and 320 px, no axe violation: ${email}`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAndWait(page, email);
    for (const width of [820, 320]) {
      await page.setViewportSize({ width, height: width === 820 ? 1180 : 640 });
      for (const url of paths) {
        await gotoReady(page, url);
        expect(await sideScroll(page), `${url} at ${width} px`).toBeNull();
        if (width === 820 && email.startsWith("ts")) await page.screenshot({ path: path.join(SHOTS, `${url.slice(1)}-820.png`), fullPage: false });
        if (width === 820) expect(await axeViolations(page), `${url}`).toEqual([]);
      }
    }
  });
}
