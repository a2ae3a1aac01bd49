import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Data flows one way (docs/architecture): only lib/domain, lib/auth, seeds and tests touch the
// database client; UI code reaches data through lib/domain.
const noDatabaseImport = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["@/lib/db", "**/lib/db", "@/lib/generated/*", "**/generated/prisma/*"], message: "Passez par lib/domain : seul le domaine parle à la base." },
      ],
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["app/**", "components/**"], rules: noDatabaseImport },
  {
    // Domain code is plain TypeScript, testable without Next.js.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["next", "next/*"], message: "Le domaine n'importe pas Next.js." }] }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".tmp/**"]),
]);
