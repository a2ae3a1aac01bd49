// Issue 18 "Done when": on every page of every role's navigation (plus the detail pages a role
// works in: a dossier, an entretien being written, a fiche), axe-core reports no violation at
// 1366 px, and nothing scrolls sideways at 820 px (tablet), 683 px (1366 at 200 % zoom) and 320 px
// (400 % zoom), the application header included: its account links, "Se déconnecter" last, stay
// inside the screen. A data table may scroll inside its own scroller (.table-wrap).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { axeViolations } from "./helpers/axe";
import { gotoReady } from "./helpers/navigation";

const WIDTHS = [820, 683, 320] as const;
const soft = expect.configure({ soft: true });

async function signedIn(browser: Browser, email: string) {
  // bypassCSP: axe is injected as an inline script.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 768 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

/** The pages of the role's navigation (the links of the folded groups too). */
async function navigationPages(page: Page) {
  const hrefs = await page.getByRole("navigation", { name: "Navigation principale" }).locator("a[href^='/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)];
}

/** null, or what sticks out to the right outside a scroller of its own, and whether the page scrolls. */
const sideways = (page: Page) => page.evaluate(() => {
  const vw = document.documentElement.clientWidth;
  const inScroller = (el: Element) => {
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) if (/(auto|scroll)/.test(getComputedStyle(n).overflowX)) return true;
    return false;
  };
  const out = [...document.body.querySelectorAll("*")]
    .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.right > vw + 1 && !inScroller(el); })
    .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`);
  const scrolls = document.documentElement.scrollWidth > vw;
  return scrolls || out.length ? `${scrolls ? `page ${document.documentElement.scrollWidth} px ; ` : ""}${out.join(" ; ")}` : null;
});

/** The header's sign-out button is entirely on the screen (it was cut at 320 px). */
async function signOutInView(page: Page, width: number) {
  const box = await page.locator(".app-header").getByRole("button", { name: "Se déconnecter" }).boundingBox();
  expect(box, "« Se déconnecter » affiché").not.toBeNull();
  expect.soft(box!.x, `« Se déconnecter » à ${width} px`).toBeGreaterThanOrEqual(0);
  expect.soft(box!.x + box!.width, `« Se déconnecter » à ${width} px`).toBeLessThanOrEqual(width);
}

async function checkPage(page: Page, url: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  const response = await gotoReady(page, url);
  expect(response?.status(), url).toBeLessThan(400);
  expect.soft(await axeViolations(page), `axe : ${url}`).toEqual([]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 820 ? 1180 : 640 });
    // Polled: the dashboard's charts follow their container a moment after a resize.
    await soft.poll(() => sideways(page), { message: `${url} à ${width} px`, timeout: 3_000 }).toBeNull();
    if (await page.locator(".app-header").count()) await signOutInView(page, width);
  }
}

/** The first row link of a list, for a detail page. */
async function firstRow(page: Page, list: string, prefix: string) {
  await gotoReady(page, list);
  return page.locator(`table a[href^='${prefix}']`).first().getAttribute("href");
}

const ROLES: { email: string; details?: (page: Page) => Promise<(string | null)[]> }[] = [
  {
    email: "ts@demo.passerelle.fr",
    details: async (page) => {
      const dossier = await firstRow(page, "/usagers", "/usagers/");
      return [dossier, dossier && `${dossier}/entretiens/nouveau`, "/notifications", "/compte/double-authentification"];
    },
  },
  { email: "responsable@demo.passerelle.fr", details: async () => ["/entretiens", "/agenda/rendez-vous"] },
  { email: "agent@demo.passerelle.fr", details: async (page) => [await firstRow(page, "/fiches-liaison", "/fiches-liaison/"), "/fiches-liaison/nouvelle"] },
  { email: "accueil@demo.passerelle.fr", details: async () => ["/file-attente"] },
  { email: "admin@demo.passerelle.fr" },
];

for (const { email, details } of ROLES) {
  test(`every page of ${email}: no axe violation, no sideways scroll at 820, 683 and 320 px, header included`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { context, page } = await signedIn(browser, email);
    const pages = await navigationPages(page);
    expect(pages.length).toBeGreaterThan(1);
    const extra = details ? (await details(page)).filter((u): u is string => Boolean(u)) : [];
    for (const url of [...pages, ...extra]) await checkPage(page, url);
    await context.close();
  });
}
