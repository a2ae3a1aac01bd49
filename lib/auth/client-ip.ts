// The client's address, for the per-address limits and the audit log. It is computed once per
// request at the socket by scripts/lib/client-ip-preload.mjs (from the socket's address and
// TRUSTED_PROXIES, lib/security/trusted-proxies.mjs) and handed over in one header that the
// client cannot set. X-Forwarded-For and X-Real-IP are never read here: a client's own value
// would bypass the limits and forge the audit log (issue 23, finding 2).
import { CLIENT_IP_HEADER } from "@/lib/security/trusted-proxies.mjs";

export function clientIpFrom(header: (name: string) => string | null): string | null {
  const ip = header(CLIENT_IP_HEADER)?.trim() || null;
  return ip && ip.length <= 64 ? ip : null;
}
