// Calling the app's real server actions over HTTP, as the browser does: a POST to the page that
// uses the action, with the action's id (from the build's server-reference manifest) in the
// Next-Action header and its arguments encoded as JSON (what React's encodeReply produces for
// plain objects). The answer is an RSC stream whose line holding { ok, data } is the result.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../prisma-cli.mjs";

/** id and page route of an exported action of the current build, or null when it does not exist. */
export function findAction(filename, exportedName) {
  const manifest = path.join(ROOT, ".next", "server", "server-reference-manifest.json");
  if (!fs.existsSync(manifest)) return null;
  const { node } = JSON.parse(fs.readFileSync(manifest, "utf8"));
  for (const [id, entry] of Object.entries(node)) {
    if (entry.filename === filename && entry.exportedName === exportedName) {
      const worker = Object.keys(entry.workers)[0];
      // "app/(app)/usagers/[id]/entretiens/nouveau/page" → "/usagers/[id]/entretiens/nouveau"
      const route = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
      return { id, route };
    }
  }
  return null;
}

/** The { ok, … } object of an action's RSC answer, or null when none is found. */
function actionResult(body) {
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json);
      if (value && typeof value === "object" && "ok" in value) return value;
    } catch {
      // not a JSON line of the stream
    }
  }
  return null;
}

/**
 * Calls the action; resolves to { status, result } where result is the action's return value
 * ({ ok: true, data } or { ok: false, formError, fieldErrors }) or null if the call failed.
 */
export async function callAction(baseUrl, action, routeParams, input, cookie) {
  const pagePath = action.route.replace(/\[(\w+)\]/g, (_, name) => routeParams[name]);
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
      cookie,
    },
    body: JSON.stringify([input]),
  });
  const body = await res.text();
  return { status: res.status, result: res.ok ? actionResult(body) : null, body };
}
