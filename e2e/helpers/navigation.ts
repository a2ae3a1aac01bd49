import type { Page } from "@playwright/test";

/**
 * Waits until React has hydrated the page (components/layout/hydration-marker.tsx). Every form
 * works before that (a real <form action>, decision 0022), but a journey that checks what only
 * the interactive page does (focus, live checks, a summary named by the labels) waits for it.
 */
export async function waitForReady(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** `page.goto`, then `waitForReady`. Returns the response, to check a status. */
export async function gotoReady(page: Page, url: string) {
  const response = await page.goto(url);
  await waitForReady(page);
  return response;
}

/**
 * Follows an entry of the main navigation: opens the "Menu" of a narrow screen and the group the
 * entry is in (components/layout/main-nav.tsx) when the link is not in view.
 */
export async function clickNavLink(page: Page, name: string) {
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  const link = nav.getByRole("link", { name, exact: true });
  if (!(await link.isVisible())) {
    const toggle = nav.getByRole("button", { name: "Menu" });
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    const group = nav.locator("details", { has: page.getByRole("link", { name, exact: true, includeHidden: true }) });
    if ((await group.count()) > 0 && !(await link.isVisible())) await group.locator("summary").click();
  }
  await link.click();
}
