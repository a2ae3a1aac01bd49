import { describe, expect, it } from "vitest";
import { FICHE_STATUS_LABELS, type FicheStatus } from "@/lib/domain/fiches/labels";
import { allowedActions, canTransition, nextStatus, type FicheAction } from "@/lib/domain/fiches/status-machine";

const STATUSES = Object.keys(FICHE_STATUS_LABELS) as FicheStatus[];
const ACTIONS: FicheAction[] = ["recevoir", "evaluer", "lier", "creerDossier", "attribuer", "fixerRdv", "reorienter", "cloturer"];

const ALLOWED = new Set(["ENVOYEE>RECUE", "RECUE>EN_COURS", "EN_COURS>RDV_FIXE", "EN_COURS>REORIENTEE", "EN_COURS>CLOTUREE"]);

describe("fiche state machine: transitions", () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const expected = ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${expected ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(expected);
      });
    }
  }
});

/** status → action → resulting status, or null when refused. */
const TABLE: Record<FicheStatus, Partial<Record<FicheAction, FicheStatus>>> = {
  ENVOYEE: { recevoir: "RECUE" },
  RECUE: { evaluer: "EN_COURS", lier: "EN_COURS", creerDossier: "EN_COURS", attribuer: "EN_COURS" },
  EN_COURS: { evaluer: "EN_COURS", lier: "EN_COURS", creerDossier: "EN_COURS", attribuer: "EN_COURS", fixerRdv: "RDV_FIXE", reorienter: "REORIENTEE", cloturer: "CLOTUREE" },
  RDV_FIXE: { lier: "RDV_FIXE", creerDossier: "RDV_FIXE", attribuer: "RDV_FIXE" },
  REORIENTEE: {},
  CLOTUREE: {},
};

describe("fiche state machine: actions", () => {
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      const target = TABLE[status][action];
      it(`${action} on ${status}: ${target ?? "refused"}`, () => {
        const step = nextStatus(status, action);
        if (target) {
          expect(step).toEqual({ ok: true, status: target, changed: target !== status });
        } else {
          expect(step.ok).toBe(false);
          // A French sentence, not a code.
          if (!step.ok) expect(step.message).toMatch(/^[A-ZÀ-Ü].+\.$/);
        }
      });
    }
    it(`allowedActions(${status}) lists exactly the accepted actions`, () => {
      expect(allowedActions(status).sort()).toEqual((Object.keys(TABLE[status]) as FicheAction[]).sort());
    });
  }

  it("explains why, in French", () => {
    expect(nextStatus("ENVOYEE", "fixerRdv")).toEqual({ ok: false, message: "Marquez d'abord la fiche comme reçue." });
    expect(nextStatus("RECUE", "recevoir")).toMatchObject({ message: expect.stringMatching(/déjà été reçue/) });
    expect(nextStatus("RECUE", "cloturer")).toMatchObject({ message: expect.stringMatching(/Prenez d'abord la fiche en charge/) });
    expect(nextStatus("CLOTUREE", "evaluer")).toMatchObject({ message: expect.stringMatching(/clôturée : elle ne peut plus être modifiée/) });
    expect(nextStatus("RDV_FIXE", "reorienter")).toMatchObject({ message: expect.stringMatching(/déjà une suite/) });
  });
});
