// GET /api/import/export?format=csv|xlsx — the structure's dossiers in the import's format (to
// edit in Excel and import again). RESPONSABLE only; anyone else gets the same 404.
import { importFormatFile } from "@/lib/domain/import/export";
import { downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(({ actor, search }) => importFormatFile(actor, "dossiers", search.get("format")));
