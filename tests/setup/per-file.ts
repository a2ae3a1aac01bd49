import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

// This worker's own database (tests/setup/global-setup.ts): files of other workers run beside it.
const poolId = process.env.VITEST_POOL_ID ?? "1";
const databaseUrl = inject("databaseUrls")[poolId];
if (!databaseUrl) throw new Error(`Pas de base de test pour le worker Vitest ${poolId} (tests/setup/global-setup.ts).`);
process.env.DATABASE_URL = databaseUrl;
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789abcdef";
process.env.LOG_LEVEL ??= "warn";
// Files written by server actions (pièces jointes, generated letters) go to a temporary folder,
// not to the worktree's .data/documents.
process.env.DOCUMENTS_DIR ??= path.join(os.tmpdir(), `passerelle-vitest-documents-${process.pid}`);
