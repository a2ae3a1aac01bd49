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

// The layers of docs/architecture.md, each importing only those below it: app → components →
// lib/actions → lib/domain → lib/auth, lib/db. A climb or an import cycle in lib/ fails the lint
// (each rule is shown firing by tests/unit/lint-rules.test.ts). "@/" paths are resolved by
// eslint-import-resolver-typescript, which eslint-config-next already configures.
const root = import.meta.dirname;
const layers = {
  files: ["app/**", "components/**", "lib/**"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        basePath: root,
        zones: [
          { target: "./components", from: "./app", message: "Un composant n'importe pas une route : l'action serveur va dans lib/actions/<fonctionnalité>.ts." },
          { target: "./lib", from: ["./app", "./components"], message: "lib/ est sous les routes et les composants : il ne les importe pas." },
          { target: "./lib/domain", from: "./lib/actions", message: "Le domaine est sous les actions : il ne les importe pas." },
          {
            target: ["./components/ui", "./components/forms"], from: "./components", except: ["./ui", "./forms"],
            message: "components/ui et components/forms servent toutes les fonctionnalités : ils n'en importent aucune.",
          },
          {
            // The rules and scopes sit below the domain; only the session glue of next-auth
            // (current-user.ts, options.ts) calls lib/domain/auth, as lib/actions would.
            target: ["./lib/auth/!(current-user|options).ts", "./lib/auth/scopes/**"], from: "./lib/domain",
            message: "lib/auth (règles et périmètres) est sous le domaine : il ne l'importe pas.",
          },
          {
            target: "./lib/domain/shared", from: "./lib/domain", except: ["./shared"],
            message: "lib/domain/shared sert toutes les fonctionnalités : il n'en importe aucune.",
          },
        ],
      },
    ],
  },
};
// disableScc: the rule's precomputed graph is read from the files on disk, so a cycle brought by
// the text being linted (an editor's buffer, the test's samples) would go unseen; same lint time.
const noCycleInLib = { files: ["lib/**"], rules: { "import/no-cycle": ["error", { ignoreExternal: true, disableScc: true }] } };

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
  layers,
  noCycleInLib,
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
