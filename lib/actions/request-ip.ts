// The client's address for a server action without an account (the signalement page's limit).
// Outside a request (a test calling the action directly) there is none: the per-structure limit
// still applies.
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";

export async function requestIp(): Promise<string | null> {
  let h: Awaited<ReturnType<typeof headers>>;
  try {
    h = await headers();
  } catch {
    return null;
  }
  return clientIpFrom((name) => h.get(name));
}
