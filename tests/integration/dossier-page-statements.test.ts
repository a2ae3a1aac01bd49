// The dossier page's reads, counted at the `pg` driver on a real database (issue 24, decision
// 0098): a section with nothing to show costs one statement, not one more per relation it would
// include (Prisma sends `… IN (NULL)` for an `include` over an empty list), and the history names
// who did what from one lookup. Same harness on main before this change: 85 statements for the
// dossier below, 35 of them over an empty set. What each section shows is tested by its feature.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { countStatements } from "../helpers/count-statements";
import { loadDossierPageForTest } from "../helpers/dossier-page-loads";

beforeEach(resetDb);

const overEmptySet = (sql: string) => sql.includes("IN (NULL)") || sql.includes("1=0");

describe("dossier page reads", () => {
  it("a new dossier (every section empty) costs at most 53 statements, almost none over an empty set", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Durand", prenom: "Léa" });
    for (const actor of [w.actors.TRAVAILLEUR_SOCIAL, w.actors.RESPONSABLE]) {
      const { result, statements } = await countStatements(() => loadDossierPageForTest(actor, usager.id));
      expect(result.dossier?.id).toBe(usager.id);
      expect(result.title).toBe(`Dossier n° ${usager.numeroDossier}`);
      expect(statements.length).toBeLessThanOrEqual(53);
      // Left (decision 0098): the référents' accounts of the dossier's own read, a domiciliation's entretien and mail.
      expect(statements.filter(overEmptySet).length).toBeLessThanOrEqual(3);
    }
  });

  it("a foreign dossier stays out of reach: no dossier, a title without its number", async () => {
    const w = await makeWorld();
    const foreign = await makeUsager(w.b, { nom: "Autre", prenom: "Zoé" });
    const { result } = await countStatements(() => loadDossierPageForTest(w.actors.TRAVAILLEUR_SOCIAL, foreign.id));
    expect(result.dossier).toBeNull();
    expect(result.title).toBe("Dossier");
  });
});
