// CSRF on route handlers: a request started by another site is refused before anything is read,
// counted or audited; the application's own pages, and tools without a browser session, pass.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { NextRequest } from "next/server";
import { checkSameOrigin } from "@/lib/security/origin";
import { proxy } from "@/proxy";
import { GET as exportRoute } from "@/app/api/usagers/[id]/export/route";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const APP = ["https://passerelle.ville.fr"];
const h = (headers: Record<string, string>) => new Headers(headers);
const SESSION = { cookie: "next-auth.session-token=abc" };

describe("checkSameOrigin", () => {
  it.each([
    ["POST from the configured address", "POST", { origin: "https://passerelle.ville.fr", ...SESSION }],
    ["POST from the host the request was sent to", "POST", { origin: "http://localhost:3000", host: "localhost:3000", ...SESSION }],
    ["POST behind the reverse proxy", "POST", { origin: "https://interne.ville.fr", "x-forwarded-host": "interne.ville.fr", host: "10.0.0.5:3000", ...SESSION }],
    ["POST with Referer only (Origin stripped)", "POST", { referer: "https://passerelle.ville.fr/usagers/1", ...SESSION }],
    ["DELETE from this site, Sec-Fetch-Site same-origin", "DELETE", { origin: "https://passerelle.ville.fr", "sec-fetch-site": "same-origin", ...SESSION }],
    ["GET download opened from a bookmark", "GET", { "sec-fetch-site": "none", ...SESSION }],
    ["GET download from a link in the app", "GET", { "sec-fetch-site": "same-origin", referer: "https://passerelle.ville.fr/usagers/1", ...SESSION }],
    ["POST by a tool without browser session (no cookie, no origin)", "POST", {}],
  ])("accepts %s", (_label, method, headers) => {
    expect(checkSameOrigin(method, h(headers), APP)).toEqual({ ok: true });
  });

  it.each([
    ["POST from another site", "POST", { origin: "https://evil.example", ...SESSION }, "origine_etrangere"],
    ["POST from a look-alike host", "POST", { origin: "https://passerelle.ville.fr.evil.example", host: "passerelle.ville.fr", ...SESSION }, "origine_etrangere"],
    ["POST with Origin: null (sandboxed frame)", "POST", { origin: "null", ...SESSION }, "origine_etrangere"],
    ["POST with a session cookie and no origin at all", "POST", SESSION, "origine_absente"],
    ["GET download started by another site (top-level link)", "GET", { "sec-fetch-site": "cross-site", ...SESSION }, "site_etranger"],
    ["GET download from a sibling subdomain", "GET", { "sec-fetch-site": "same-site", ...SESSION }, "site_etranger"],
    ["GET with a foreign Referer", "GET", { referer: "https://evil.example/page", ...SESSION }, "origine_etrangere"],
  ])("refuses %s", (_label, method, headers, reason) => {
    expect(checkSameOrigin(method, h(headers), APP)).toEqual({ ok: false, reason });
  });
});

describe("route handlers and the proxy", () => {
  it("refuses a cross-site download with a French 403, without auditing or counting it", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.RESPONSABLE);
    const url = `http://localhost:3000/api/usagers/${usager.id}/export`;
    const refused = await exportRoute(new Request(url, { headers: { "sec-fetch-site": "cross-site" } }), { params: Promise.resolve({ id: usager.id }) });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Demande refusée : elle ne provient pas de Passerelle.");
    expect(await db.auditLog.count({ where: { action: "usager.export" } })).toBe(0);
    expect(await db.rateLimit.count()).toBe(0);
    const accepted = await exportRoute(new Request(url, { headers: { "sec-fetch-site": "same-origin", host: "localhost:3000", referer: "http://localhost:3000/usagers" } }), { params: Promise.resolve({ id: usager.id }) });
    expect(accepted.status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "usager.export" } })).toBe(1);
  });

  it("refuses in the proxy a cross-origin write to any /api route and any server action, but leaves next-auth alone", async () => {
    const post = (path: string, headers: Record<string, string>) => proxy(new NextRequest(`http://localhost:3000${path}`, { method: "POST", headers }));
    expect((await post("/api/nimporte-quelle-route", { origin: "https://evil.example", ...SESSION })).status).toBe(403);
    expect((await post("/api/nimporte-quelle-route", SESSION)).status).toBe(403);
    expect((await post("/api/nimporte-quelle-route", { origin: "http://localhost:3000", host: "localhost:3000", ...SESSION })).status).toBe(200);
    // next-auth checks its own CSRF token.
    expect((await post("/api/auth/callback/credentials", { origin: "https://evil.example" })).status).toBe(200);
    // A server action with a foreign Origin: a French 403 (Next.js itself would answer 500).
    expect((await post("/usagers/nouveau", { origin: "https://evil.example", "next-action": "abc", ...SESSION })).status).toBe(403);
    expect((await post("/usagers/nouveau", { origin: "http://localhost:3000", host: "localhost:3000", "next-action": "abc", ...SESSION })).status).toBe(200);
  });

  it("answers 400 with a French page to a path whose percent-encoding is malformed", async () => {
    const res = await proxy(new NextRequest("http://localhost:3000/api/agenda/rendez-vous/%E0%A4%A/ics"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("L'adresse demandée est mal formée");
    expect((await proxy(new NextRequest("http://localhost:3000/usagers/%C3%A9"))).status).toBe(200);
  });
});

describe("the proxy's headers", () => {
  it("keeps a document preview's own CSP (sandbox) and sets the page CSP elsewhere", async () => {
    const preview = await proxy(new NextRequest("http://localhost:3000/api/documents/7f0c9a57-1d9b-4a0f-8f4e-2b8a3f0e9d11?apercu=1"));
    expect(preview.headers.get("content-security-policy")).toBeNull();
    expect((await proxy(new NextRequest("http://localhost:3000/usagers"))).headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS when the public address is HTTPS, not otherwise", async () => {
    const before = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "https://passerelle.ville.fr";
      expect((await proxy(new NextRequest("http://localhost:3000/connexion"))).headers.get("strict-transport-security")).toBe("max-age=31536000");
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      expect((await proxy(new NextRequest("http://localhost:3000/connexion"))).headers.get("strict-transport-security")).toBeNull();
    } finally {
      process.env.NEXTAUTH_URL = before;
    }
  });
});
