// next-auth v4 with the Credentials provider (JWT sessions only). The JWT carries nothing but
// a server-side session id (`sid`); lib/auth/current-user.ts checks it against the database.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { endSession } from "@/lib/domain/auth/sessions";
import { SESSION_ABSOLUTE_MS } from "@/lib/domain/auth/session-rules";
import { clientIpFrom } from "./client-ip";
import { SERVICE_UNAVAILABLE } from "@/lib/domain/auth/schemas";

const MAX_AGE_S = SESSION_ABSOLUTE_MS / 1000;

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: MAX_AGE_S },
  jwt: { maxAge: MAX_AGE_S },
  pages: { signIn: "/connexion", error: "/connexion", signOut: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse e-mail et mot de passe",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          result = await authenticate({
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIpFrom((name) => headers[name] ?? null),
          });
        } catch {
          // The database is unreachable: say so, instead of "wrong password".
          throw new Error(SERVICE_UNAVAILABLE);
        }
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
