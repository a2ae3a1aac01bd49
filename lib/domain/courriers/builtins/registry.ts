// The built-in letters: for each key, whether it can be written for this record (null, or the
// French reason why not) and how it is built. The orientation and domiciliation letters are
// those of their features (the same Letter their download routes print).
import { NotFoundError } from "@/lib/domain/errors";
import { buildOrientationLetter } from "@/lib/domain/orientations/detail";
import { buildDomiciliationLetter } from "@/lib/domain/domiciliation/letters";
import type { Letter } from "@/lib/domain/shared/letter/letter";
import type { SourceContext } from "../sources";
import type { BuiltinKey } from "../labels";
import type { BuildContext } from "./common";
import { aideAccordLetter, aideAjournementLetter, aideLetterRefusal, aideRefusLetter } from "./aide";
import { convocationLetter } from "./rendez-vous";
import { attestationSuiviLetter, bailleurLetter } from "./dossier";
import { creancierLetter } from "./dette";

type Builtin = { refusal: (ctx: SourceContext) => string | null; build: (b: BuildContext) => Letter | Promise<Letter> };

const DOM_STATUS = { "domiciliation-attestation": "ACCORDEE", "domiciliation-refus": "REFUSEE", "domiciliation-fin": "TERMINEE" } as const;

function domiciliation(key: keyof typeof DOM_STATUS): Builtin {
  return {
    refusal: (ctx) => {
      const status = ctx.domiciliation!.status;
      if (status === "DEMANDEE") return "Cette demande de domiciliation attend sa décision : aucun courrier ne peut encore être établi.";
      return status === DOM_STATUS[key] ? null : "Ce courrier ne correspond pas à l'état de la domiciliation : choisissez celui de sa décision.";
    },
    build: async (b) => {
      const built = await buildDomiciliationLetter(b.actor, b.ctx.sourceId, b.now);
      if (!built) throw new NotFoundError();
      return built.letter;
    },
  };
}

export const BUILTINS: Record<BuiltinKey, Builtin> = {
  "aide-accord": { refusal: (ctx) => aideLetterRefusal(ctx.aide!.aide, "ACCORDEE"), build: aideAccordLetter },
  "aide-refus": { refusal: (ctx) => aideLetterRefusal(ctx.aide!.aide, "REFUSEE"), build: aideRefusLetter },
  "aide-ajournement": { refusal: (ctx) => aideLetterRefusal(ctx.aide!.aide, "AJOURNEE"), build: aideAjournementLetter },
  convocation: {
    refusal: (ctx) => (ctx.rdv!.status === "ANNULE" ? "Ce rendez-vous est annulé : il n'y a pas de convocation à envoyer." : null),
    build: convocationLetter,
  },
  "attestation-suivi": { refusal: () => null, build: attestationSuiviLetter },
  bailleur: { refusal: () => null, build: bailleurLetter },
  creancier: { refusal: () => null, build: creancierLetter },
  orientation: {
    refusal: () => null,
    build: async (b) => {
      const built = await buildOrientationLetter(b.actor, b.ctx.sourceId, b.now);
      if (!built) throw new NotFoundError();
      return built.letter;
    },
  },
  "domiciliation-attestation": domiciliation("domiciliation-attestation"),
  "domiciliation-refus": domiciliation("domiciliation-refus"),
  "domiciliation-fin": domiciliation("domiciliation-fin"),
};
