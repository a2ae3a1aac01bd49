// Real sign-ins over HTTP, as a browser does them with next-auth v4's credentials flow: GET
// /api/auth/csrf (token + its cookie), then POST /api/auth/callback/credentials with the token,
// the e-mail and the password. The session cookie that comes back is what every measured
// request carries, so each one goes through the full session check of the app.

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** name=value pairs of Set-Cookie headers (attributes dropped). */
function cookiePairs(response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).filter(Boolean);
}

/**
 * Signs in; resolves to { cookie, status } where cookie is the Cookie header to send, or null
 * when the app refused the sign-in. `headers` may carry X-Forwarded-For (the audit IP).
 */
export async function signIn(baseUrl, email, password, { headers = {} } = {}) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  if (!csrf.ok) return { cookie: null, status: csrf.status };
  const { csrfToken } = await csrf.json();
  const jar = cookiePairs(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiePairs(res).find((pair) => SESSION_COOKIES.some((name) => pair.startsWith(`${name}=`)) && !pair.endsWith("="));
  return { cookie: session ?? null, status: res.status };
}

/** Signs out through next-auth (which ends the server-side session); resolves to the status. */
export async function signOut(baseUrl, cookie, { headers = {} } = {}) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { ...headers, cookie } });
  if (!csrf.ok) return csrf.status;
  const { csrfToken } = await csrf.json();
  const jar = [cookie, ...cookiePairs(csrf)];
  const res = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/connexion`, json: "true" }),
  });
  return res.status;
}

/** GET with the session cookie, no redirect following: a 307 to /connexion means "signed out". */
export async function getPage(baseUrl, path, cookie, { headers = {} } = {}) {
  const res = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { ...headers, cookie } });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}
