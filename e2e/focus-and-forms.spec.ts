// Issue 18, first piece: a focus indicator of at least 3:1 (WCAG 1.4.11) read from the computed
// style, the entretien form's required marks, error summary and checkbox-group error, the tab
// title of a dossier (its number, never the name), the way back from the second-factor page.
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

/** Contrast of the focused element's outline against the background it is drawn on. */
async function focusContrast(page: Page) {
  return page.evaluate(() => {
    const parse = (c: string) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: r!, g: g!, b: b!, a };
    };
    const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const el = document.activeElement as HTMLElement | null;
    // Leaving a date input, Chromium still names it document.activeElement for a moment while it
    // no longer matches :focus (checked by hand): only a control that has the focus is measured.
    if (!el || el === document.body || !el.matches(":focus")) return null;
    const style = getComputedStyle(el);
    const outline = parse(style.outlineColor);
    const width = parseFloat(style.outlineWidth);
    // The outline is drawn outside the element (outline-offset ≥ 0): against the parent's background.
    let bg = null as ReturnType<typeof parse>;
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) { bg = c; break; }
    }
    bg ??= { r: 255, g: 255, b: 255, a: 1 };
    if (!outline || style.outlineStyle === "none" || width < 2) return { ratio: 0, what: `${el.tagName} ${style.outlineStyle} ${style.outlineWidth}` };
    const [hi, lo] = [lum(outline), lum(bg)].sort((x, y) => y - x);
    return { ratio: (hi! + 0.05) / (lo! + 0.05), what: `${el.tagName} ${el.textContent?.slice(0, 30)}` };
  });
}

test("the focus ring is at least 3:1 on every control reached by Tab", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  for (const url of ["/usagers", "/agenda"]) {
    await gotoReady(page, url);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const c = await focusContrast(page);
      if (!c) continue;
      expect(c.ratio, `${url}: ${c.what}`).toBeGreaterThanOrEqual(3);
    }
  }
});

test("entretien form: required fields marked, summary with links named by the labels, group error tied", async ({ page }) => {
  const [row] = await query<{ id: string; numeroDossier: string; nom: string }>(
    `SELECT u.id, u."numeroDossier", u.nom FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.status = 'ACTIF' ORDER BY u."numeroDossier" LIMIT 1`);
  await signInAndWait(page, "ts@demo.passerelle.fr");

  await gotoReady(page, `/usagers/${row!.id}`);
  await expect(page).toHaveTitle(new RegExp(`Dossier n° ${row!.numeroDossier}`));
  expect((await page.title()).toLowerCase()).not.toContain(row!.nom.toLowerCase());

  await gotoReady(page, `/usagers/${row!.id}/entretiens/nouveau`);
  await expect(page).toHaveTitle(new RegExp(`Nouvel entretien · Dossier n° ${row!.numeroDossier}`));
  await expect(page.getByText("Les champs marqués d'un astérisque")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Compte rendu" })).toHaveAttribute("aria-required", "true");

  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Compte rendu", exact: true })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Objet de l'entretien", exact: true })).toBeVisible();
  // The message is read with its field or group, not in the summary a second time.
  await expect(summary).not.toContainText("Cochez au moins un objet.");
  const group = page.getByRole("group", { name: "Objet de l'entretien" });
  const describedBy = await group.getAttribute("aria-describedby");
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("Cochez au moins un objet.");

  await summary.getByRole("link", { name: "Compte rendu", exact: true }).click();
  await page.getByRole("textbox", { name: "Compte rendu" }).fill("Point sur la situation.");
  await page.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(summary.getByRole("link", { name: "Compte rendu", exact: true })).toHaveCount(0);
  await expect(summary.getByRole("link", { name: "Objet de l'entretien", exact: true })).toBeVisible();
});

test("the second-factor page has a way back for an account that does not require it", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, "/compte/double-authentification");
  await page.getByRole("link", { name: /Retour à l'accueil/ }).click();
  await expect(page).not.toHaveURL(/double-authentification/);
});
