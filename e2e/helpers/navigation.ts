import type { Page } from "@playwright/test";

/**
 * Waits until React has hydrated the page (components/layout/hydration-marker.tsx). Before that,
 * text typed into a react-hook-form field is reset to its default when the form hydrates, and
 * its submit button does nothing (components/layout/form-guard-script.tsx): a journey that types
 * at once after a full page load would be racing the browser.
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
