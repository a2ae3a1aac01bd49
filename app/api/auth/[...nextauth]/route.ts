import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseMalformedAuthRequest } from "@/lib/security/auth-request";
import { throttleSignIn } from "@/lib/security/sign-in-throttle";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// What next-auth cannot read gets a French 400 instead of its 500 (lib/security/auth-request.ts).
async function GET(request: Request, context: Context) {
  return (await refuseMalformedAuthRequest(request)) ?? handler(request, context);
}

// Then sign-in attempts go through the PostgreSQL rate limit (429 + Retry-After).
async function POST(request: Request, context: Context) {
  const refused = await refuseMalformedAuthRequest(request);
  if (refused) return refused;
  const throttled = await throttleSignIn(request, (await context.params).nextauth);
  return throttled ?? handler(request, context);
}

export { GET, POST };
