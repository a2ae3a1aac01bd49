import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import authorization from "./eslint-rules/authorization.mjs";

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
  {
    // One authorization style: structure filters and role tests live in lib/auth (scopes and
    // named rules), nowhere else (eslint-rules/authorization.mjs, decision 0025).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/auth/**"],
    plugins: { authorization },
    rules: { "authorization/no-inline-scope": "error" },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".tmp/**"]),
]);
