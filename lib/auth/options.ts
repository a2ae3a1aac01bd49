// next-auth v4 with the Credentials provider (JWT sessions only). The JWT carries nothing but
// a server-side session id (`sid`); lib/auth/current-user.ts checks it against the database.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { endSession } from "@/lib/domain/auth/sessions";
import { SESSION_ABSOLUTE_MS } from "@/lib/domain/auth/session-rules";
import { clientIpFrom } from "./client-ip";
import { usesSecureCookies } from "./session-cookie";
import { SERVICE_UNAVAILABLE } from "@/lib/domain/auth/schemas";
import { SECOND_FACTOR_REQUIRED } from "@/lib/domain/auth/totp-schemas";
import { releaseSignInAttempt } from "@/lib/domain/rate-limit/sign-in";

const MAX_AGE_S = SESSION_ABSOLUTE_MS / 1000;

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  // Explicit rather than next-auth's default (same rule): behind HTTPS the session cookie is
  // "__Secure-…" and Secure; it is always HttpOnly and SameSite=Lax (tests/integration/security-cookies.test.ts).
  useSecureCookies: usesSecureCookies(),
  session: { strategy: "jwt", maxAge: MAX_AGE_S },
  jwt: { maxAge: MAX_AGE_S },
  pages: { signIn: "/connexion", error: "/connexion", signOut: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse e-mail et mot de passe",
      // `code`: the second step (TOTP or recovery code), sent once the password was accepted.
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIpFrom((name) => headers[name] ?? null);
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          result = await authenticate({ email: credentials?.email, password: credentials?.password, code: credentials?.code, ip });
          // The route claimed this attempt against the per-address and per-e-mail limits before
          // anything was checked (sign-in-throttle.ts, 429): only a failure stays counted.
          if (result) await releaseSignInAttempt({ email: credentials?.email, ip });
        } catch {
          // The database is unreachable: say so, instead of "wrong password".
          throw new Error(SERVICE_UNAVAILABLE);
        }
        if (result?.secondFactorRequired) throw new Error(SECOND_FACTOR_REQUIRED);
        return result ? { id: result.userId, sid: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sid" in user) token.sid = user.sid as string;
      return token;
    },
    // The browser learns nothing from /api/auth/session beyond its expiry.
    session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid, null);
    },
  },
};
