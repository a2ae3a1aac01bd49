import { runPrisma } from "./prisma-cli.mjs";

/** Applies every migration of prisma/migrations to the database at `databaseUrl`. */
export async function migrateDeploy(databaseUrl) {
  const code = await runPrisma(["migrate", "deploy"], { databaseUrl, quiet: true });
  if (code !== 0) throw new Error("Échec de l'application des migrations (prisma migrate deploy).");
}
