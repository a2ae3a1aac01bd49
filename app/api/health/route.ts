import { isDatabaseReachable } from "@/lib/domain/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await isDatabaseReachable();
  return Response.json(
    ok ? { statut: "ok", base: "joignable" } : { statut: "indisponible", base: "injoignable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
