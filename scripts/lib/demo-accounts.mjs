// Loads the demo accounts from the seed's TypeScript module (single source of truth).
import { tsImport } from "tsx/esm/api";

const mod = await tsImport("../../prisma/seed/demo-accounts.ts", import.meta.url);
export const { DEMO_ACCOUNTS, DEMO_PASSWORD, OTHER_STRUCTURE_ACCOUNT } = mod;
