// Session cookie flags and the Content-Security-Policy, read from what the code really sends.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createRequire } from "node:module";
import path from "node:path";

// next-auth's own cookie defaults (the module it uses when it sets the cookie), which its
// package exports do not expose.
type CookieOptions = { name: string; options: Record<string, unknown> };
const { defaultCookies } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/lib/cookie.js")) as {
  defaultCookies: (secure: boolean) => Record<"sessionToken" | "csrfToken", CookieOptions>;
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function authOptionsWith(url: string) {
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.resetModules();
  const { env } = await import("@/lib/env");
  expect(env().NEXTAUTH_URL).toBe(url);
  return (await import("@/lib/auth/options")).authOptions;
}

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax and Secure (__Secure- prefix) when served over HTTPS", async () => {
    const options = await authOptionsWith("https://passerelle.ville.fr");
    expect(options.useSecureCookies).toBe(true);
    const { sessionToken, csrfToken } = defaultCookies(options.useSecureCookies!);
    expect(sessionToken.name).toBe("__Secure-next-auth.session-token");
    expect(sessionToken.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(csrfToken.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });

  it("stays HttpOnly and SameSite=Lax on plain HTTP (local use), without Secure", async () => {
    const options = await authOptionsWith("http://localhost:3000");
    expect(options.useSecureCookies).toBe(false);
    const { sessionToken } = defaultCookies(options.useSecureCookies!);
    expect(sessionToken.name).toBe("next-auth.session-token");
    expect(sessionToken.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("is read under both of next-auth's names (HTTPS and plain HTTP) by the one cookie reader", async () => {
    const { encode } = await import("next-auth/jwt");
    const { env } = await import("@/lib/env");
    const { sessionIdFrom } = await import("@/lib/auth/session-cookie");
    const token = await encode({ token: { sid: "session-id-42" }, secret: env().NEXTAUTH_SECRET });
    for (const secure of [true, false]) {
      const name = defaultCookies(secure).sessionToken.name;
      expect(await sessionIdFrom((n) => (n === name ? token : undefined))).toBe("session-id-42");
    }
    expect(await sessionIdFrom(() => undefined)).toBeNull();
    expect(await sessionIdFrom(() => "forged.token.value")).toBeNull();
  });
});

describe("Content-Security-Policy", () => {
  it("allows scripts only with a fresh nonce: no unsafe-inline, no unsafe-eval in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { proxy } = await import("@/proxy");
    const first = (await proxy(new NextRequest("http://localhost:3000/connexion"))).headers.get("content-security-policy")!;
    const second = (await proxy(new NextRequest("http://localhost:3000/connexion"))).headers.get("content-security-policy")!;
    const scriptSrc = first.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(first).toContain("object-src 'none'");
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("img-src 'self' blob: data:");
    // A new nonce on every response.
    expect(first.match(/nonce-([^']+)/)![1]).not.toBe(second.match(/nonce-([^']+)/)![1]);
  });
});
