// The layer rules of eslint.config.mjs, each shown firing on a sample violation (and staying
// quiet on an allowed import). The samples are linted as if they were the content of a real file
// of the tree: import/no-restricted-paths and import/no-cycle resolve the "@/" paths from there.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules that fire on `code` placed at `file`, with their messages. */
async function firing(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

/** A module that imports `name` ("default": the default export) from `from` and uses it. */
const importing = (name: string, from: string) =>
  `import ${name === "default" ? "Imported" : `{ ${name} as Imported }`} from "${from}";\nexport const x = Imported;\n`;

const ZONE = "import/no-restricted-paths";
const LIB_BELOW = "lib/ est sous les routes et les composants";
const SHARED_UI = "components/ui et components/forms servent toutes les fonctionnalités";
const cases: { layer: string; file: string; code: string; rule: string; says: string }[] = [
  { layer: "components/ never imports app/", file: "components/usagers/dossier-timeline.tsx", code: importing("default", "@/app/(app)/layout"), rule: ZONE, says: "Un composant n'importe pas une route" },
  { layer: "lib/ never imports app/", file: "lib/format/index.ts", code: importing("default", "@/app/(app)/layout"), rule: ZONE, says: LIB_BELOW },
  { layer: "lib/ never imports components/", file: "lib/actions/aides.ts", code: importing("Alert", "@/components/ui/alert"), rule: ZONE, says: LIB_BELOW },
  { layer: "lib/domain never imports lib/actions", file: "lib/domain/aides/labels.ts", code: importing("createEntretienAction", "@/lib/actions/entretiens"), rule: ZONE, says: "Le domaine est sous les actions" },
  { layer: "lib/domain never imports next/*", file: "lib/domain/aides/labels.ts", code: importing("notFound", "next/navigation"), rule: "no-restricted-imports", says: "Le domaine n'importe pas Next.js." },
  { layer: "components/ui imports no feature component", file: "components/ui/alert.tsx", code: importing("Timeline", "@/components/usagers/dossier-timeline"), rule: ZONE, says: SHARED_UI },
  { layer: "components/forms imports no feature component", file: "components/forms/field.tsx", code: importing("Timeline", "../usagers/dossier-timeline"), rule: ZONE, says: SHARED_UI },
  { layer: "lib/domain/shared imports no feature", file: "lib/domain/shared/excerpt.ts", code: importing("AIDE_TYPE_LABELS", "@/lib/domain/aides/labels"), rule: ZONE, says: "lib/domain/shared sert toutes les fonctionnalités" },
  { layer: "lib/auth (rules, scopes) never imports lib/domain", file: "lib/auth/permissions.ts", code: importing("AIDE_TYPE_LABELS", "@/lib/domain/aides/labels"), rule: ZONE, says: "lib/auth (règles et périmètres) est sous le domaine" },
  // aides/dossier-part.ts imports aides/labels.ts: the registry importing back is a circle.
  { layer: "no import cycle in lib/ (a feature importing the dossier composition)", file: "lib/domain/aides/labels.ts", code: importing("DOSSIER_PARTS", "@/lib/domain/dossier/parts"), rule: "import/no-cycle", says: "Dependency cycle" },
];

describe("layer lint rules", () => {
  for (const c of cases) {
    it(`${c.layer}: ${c.rule} fires`, async () => {
      const messages = await firing(c.file, c.code);
      expect(messages.filter((m) => m.rule === c.rule).map((m) => m.message).join("\n")).toContain(c.says);
    }, 60_000);
  }

  it("lets each layer import the ones below it", async () => {
    const allowed = [
      ["components/usagers/dossier-timeline.tsx", importing("createEntretienAction", "@/lib/actions/entretiens")],
      ["components/usagers/dossier-timeline.tsx", importing("Alert", "@/components/ui/alert")],
      ["lib/actions/aides.ts", importing("AIDE_TYPE_LABELS", "@/lib/domain/aides/labels")],
      ["lib/domain/retention/queries.ts", importing("ANONYMISE_STEPS", "@/lib/domain/dossier/anonymise")],
      ["lib/domain/aides/labels.ts", importing("excerpt", "@/lib/domain/shared/excerpt")],
    ] as const;
    for (const [file, code] of allowed) {
      const rules = (await firing(file, code)).map((m) => m.rule);
      expect(rules.filter((r) => r === ZONE || r === "import/no-cycle" || r === "no-restricted-imports"), file).toEqual([]);
    }
  }, 120_000);
});
