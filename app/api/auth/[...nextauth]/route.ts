import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { throttleSignIn } from "@/lib/security/sign-in-throttle";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in attempts go through the PostgreSQL rate limit first (429 + Retry-After).
async function POST(request: Request, context: Context) {
  const throttled = await throttleSignIn(request, (await context.params).nextauth);
  return throttled ?? handler(request, context);
}

export { handler as GET, POST };
