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

const cases: { layer: string; file: string; code: string; rule: string; says: string }[] = [
  {
    layer: "components/ never imports app/",
    file: "components/usagers/dossier-timeline.tsx",
    code: `import Layout from "@/app/(app)/layout";\nexport const x = Layout;\n`,
    rule: "import/no-restricted-paths", says: "Un composant n'importe pas une route",
  },
  {
    layer: "lib/ never imports app/",
    file: "lib/format/index.ts",
    code: `import Layout from "@/app/(app)/layout";\nexport const x = Layout;\n`,
    rule: "import/no-restricted-paths", says: "lib/ est sous les routes et les composants",
  },
  {
    layer: "lib/ never imports components/",
    file: "lib/actions/aides.ts",
    code: `import { Alert } from "@/components/ui/alert";\nexport const x = Alert;\n`,
    rule: "import/no-restricted-paths", says: "lib/ est sous les routes et les composants",
  },
  {
    layer: "lib/domain never imports lib/actions",
    file: "lib/domain/aides/labels.ts",
    code: `import { createEntretienAction } from "@/lib/actions/entretiens";\nexport const x = createEntretienAction;\n`,
    rule: "import/no-restricted-paths", says: "Le domaine est sous les actions",
  },
  {
    layer: "lib/domain never imports next/*",
    file: "lib/domain/aides/labels.ts",
    code: `import { notFound } from "next/navigation";\nexport const x = notFound;\n`,
    rule: "no-restricted-imports", says: "Le domaine n'importe pas Next.js.",
  },
  {
    layer: "components/ui imports no feature component",
    file: "components/ui/alert.tsx",
    code: `import { Timeline } from "@/components/usagers/dossier-timeline";\nexport const x = Timeline;\n`,
    rule: "import/no-restricted-paths", says: "components/ui et components/forms servent toutes les fonctionnalités",
  },
  {
    layer: "components/forms imports no feature component",
    file: "components/forms/field.tsx",
    code: `import { Timeline } from "../usagers/dossier-timeline";\nexport const x = Timeline;\n`,
    rule: "import/no-restricted-paths", says: "components/ui et components/forms servent toutes les fonctionnalités",
  },
  {
    layer: "lib/domain/shared imports no feature",
    file: "lib/domain/shared/excerpt.ts",
    code: `import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";\nexport const x = AIDE_TYPE_LABELS;\n`,
    rule: "import/no-restricted-paths", says: "lib/domain/shared sert toutes les fonctionnalités",
  },
  {
    // aides/dossier-part.ts imports aides/labels.ts: the registry importing back is a circle.
    layer: "no import cycle in lib/ (a feature importing the dossier composition)",
    file: "lib/domain/aides/labels.ts",
    code: `import { DOSSIER_PARTS } from "@/lib/domain/dossier/parts";\nexport const x = DOSSIER_PARTS;\n`,
    rule: "import/no-cycle", says: "Dependency cycle",
  },
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
      ["components/usagers/dossier-timeline.tsx", `import { createEntretienAction } from "@/lib/actions/entretiens";\nimport { Alert } from "@/components/ui/alert";\nexport const x = [createEntretienAction, Alert];\n`],
      ["lib/actions/aides.ts", `import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";\nexport const x = AIDE_TYPE_LABELS;\n`],
      ["lib/domain/retention/queries.ts", `import { ANONYMISE_STEPS } from "@/lib/domain/dossier/anonymise";\nexport const x = ANONYMISE_STEPS;\n`],
      ["lib/domain/aides/labels.ts", `import { excerpt } from "@/lib/domain/shared/excerpt";\nexport const x = excerpt;\n`],
    ] as const;
    for (const [file, code] of allowed) {
      const rules = (await firing(file, code)).map((m) => m.rule);
      expect(rules.filter((r) => r === "import/no-restricted-paths" || r === "import/no-cycle" || r === "no-restricted-imports"), file).toEqual([]);
    }
  }, 120_000);
});
