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
