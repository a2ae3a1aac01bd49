// Issue 23, finding 8 (auth part), over HTTP: whatever next-auth cannot read gets a French 4xx,
// never a 500 — a non-JSON body sent as JSON to every /api/auth route, a callbackUrl that does
// not parse (`http://[::1`) in the query or the body — and a callback-url cookie it cannot read
// is dropped, so that browser can still get a CSRF token and its session.
import { expect, test } from "@playwright/test";

const BAD_URL = "http://[::1";
const ROUTES = ["callback/credentials", "signout", "session", "csrf", "providers", "signin", "signin/credentials", "_log"];

test("a body that is not the JSON it claims to be: a French 400 on every auth route", async ({ request }) => {
  for (const route of ROUTES) {
    const res = await request.post(`/api/auth/${route}`, { data: "{{{pas du json", headers: { "content-type": "application/json" }, maxRedirects: 0 });
    expect(res.status(), route).toBe(400);
    expect(await res.text(), route).toContain("Le contenu de la demande est mal formé");
    for (const body of ["[1, 2]", "null", '"texte"']) {
      const odd = await request.post(`/api/auth/${route}`, { data: body, headers: { "content-type": "application/json" }, maxRedirects: 0 });
      expect(odd.status(), `${route} ${body}`).toBe(400);
    }
  }
});

test("a callbackUrl that does not parse, in the query or the body: a French 400", async ({ request }) => {
  for (const route of ["signin", "session", "csrf", "providers"]) {
    const res = await request.get(`/api/auth/${route}?callbackUrl=${encodeURIComponent(BAD_URL)}`, { maxRedirects: 0 });
    expect(res.status(), route).toBe(400);
    expect(await res.text()).toContain("L'adresse de retour de la demande est mal formée");
  }
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const route of ["signin/credentials", "callback/credentials", "signout"]) {
    const form = await request.post(`/api/auth/${route}`, { form: { csrfToken, callbackUrl: BAD_URL, email: "x@exemple.fr", password: "y" }, maxRedirects: 0 });
    expect(form.status(), route).toBe(400);
    const json = await request.post(`/api/auth/${route}`, { data: { csrfToken, callbackUrl: BAD_URL, json: "true" }, maxRedirects: 0 });
    expect(json.status(), route).toBe(400);
  }
});

test("a callback-url cookie next-auth cannot read is dropped: csrf and session still answer", async ({ request }) => {
  for (const name of ["next-auth.callback-url"]) {
    for (const value of [BAD_URL, encodeURIComponent(BAD_URL), "%E0%A4%A"]) {
      const cookie = `${name}=${value}`;
      const csrf = await request.get("/api/auth/csrf", { headers: { cookie } });
      expect(csrf.status(), value).toBe(200);
      expect(((await csrf.json()) as { csrfToken?: string }).csrfToken).toBeTruthy();
      expect(csrf.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${name}=;`))).toBe(true);
      const session = await request.get("/api/auth/session", { headers: { cookie } });
      expect(session.status(), value).toBe(200);
    }
  }
  // A readable one is left alone.
  const fine = await request.get("/api/auth/csrf", { headers: { cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fusagers" } });
  expect(fine.status()).toBe(200);
});
