import { expect, type Page } from "@playwright/test";
import { gotoReady } from "./navigation";

/**
 * Searches the usagers list as a user does: the name is posted, and the address carries only a
 * sealed `recherche` (decision 0064), never the name.
 */
export async function searchUsagers(page: Page, term: string) {
  await gotoReady(page, "/usagers");
  const field = page.getByLabel("Rechercher", { exact: true });
  await field.fill(term);
  await field.press("Enter");
  await expect(page).toHaveURL(/[?&]recherche=/);
  expect(page.url()).not.toContain(encodeURIComponent(term).slice(0, 6));
}
