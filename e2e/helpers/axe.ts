// axe-core run inside the page (the context must be opened with `bypassCSP: true`: the script is
// injected inline, which the nonce CSP refuses otherwise).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// Read at the first use (the runner's working directory is the project's root).
let axeSource: string | null = null;
const axeScript = () => (axeSource ??= readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8"));

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

/** axe-core's violations on the page, every impact, as "rule: selectors" lines (empty: none). */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeScript() });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** No horizontal scroll: nothing wider than the viewport. */
export async function scrollWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
