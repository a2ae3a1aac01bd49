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
