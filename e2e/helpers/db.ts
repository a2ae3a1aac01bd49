// Direct database access for test set-up only (dedicated accounts for destructive scenarios).
import pg from "pg";
import { hash } from "@node-rs/argon2";

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh account in the demo structure, so a scenario can lock or disable it freely. */
export async function createDemoUser(role: string, password: string) {
  const email = `e2e-${role.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.passerelle.fr`;
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await query(
    `INSERT INTO "User" (id, "structureId", email, "firstName", "lastName", role, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), id, $1, 'Dominique', 'Essai', $2::"Role", $3, now() FROM "Structure" WHERE name = 'CCAS de Démo'`,
    [email, role, passwordHash],
  );
  return email;
}

export async function userId(email: string) {
  const rows = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  return rows[0]!.id;
}
