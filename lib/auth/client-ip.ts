// The first address of X-Forwarded-For (set by the reverse proxy, see docs/deployment.md), else
// X-Real-IP. Next.js exposes no socket address to route handlers or server components.
export function clientIpFrom(header: (name: string) => string | null): string | null {
  const forwarded = header("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || header("x-real-ip")?.trim() || null;
  return ip && ip.length <= 64 ? ip : null;
}
