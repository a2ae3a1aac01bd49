// A form posted by the browser (FormData) reaches the schema as the object a script would send:
// lists behind z.preprocess, boxes that must be ticked (z.literal(true)), the booking radio.
import { describe, expect, it } from "vitest";
import { decodeFormData } from "@/lib/actions/form-data";
import { ZDomiciliationRequest, ZCourrierHandOver } from "@/lib/domain/domiciliation/schemas";
import { ZReassign } from "@/lib/domain/dashboard/reassign-schema";
import { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";
import { CHOOSE_FREE_SLOT, ZBookSlotChoice } from "@/lib/domain/agenda/schemas";

const UUID1 = "8d7c3b1e-7a52-4f3e-9a3b-1c2d3e4f5a6b";
const UUID2 = "9d7c3b1e-7a52-4f3e-9a3b-1c2d3e4f5a6b";
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("decodeFormData", () => {
  it("keeps every ticked box of a list behind z.preprocess, and none as an empty list", () => {
    expect(decodeFormData(ZReassign, form([["usagerIds", UUID1], ["usagerIds", UUID2]]))).toMatchObject({ usagerIds: [UUID1, UUID2] });
    expect(decodeFormData(ZReassign, form([["usagerIds", UUID1]]))).toMatchObject({ usagerIds: [UUID1] });
    expect(decodeFormData(ZDomiciliationRequest, form([["liens", "SEJOUR"], ["liens", "AUTRE"]]))).toMatchObject({ liens: ["SEJOUR", "AUTRE"], membresCouverts: [] });
  });

  it("reads a box that must be ticked as true or false", () => {
    expect(decodeFormData(ZCourrierHandOver, form([["signatureRecue", "on"]]))).toMatchObject({ signatureRecue: true });
    expect(decodeFormData(ZCourrierHandOver, form([]))).toMatchObject({ signatureRecue: false });
    const confirmed = ZAnonymiseSelection.safeParse(decodeFormData(ZAnonymiseSelection, form([["usagerIds", UUID1], ["confirme", "on"]])));
    expect(confirmed.success && confirmed.data).toMatchObject({ usagerIds: [UUID1], confirme: true });
  });

  it("splits the booking radio, and asks for a free slot when none is chosen", () => {
    const debut = "2030-03-31T07:00:00.000Z";
    const chosen = ZBookSlotChoice.safeParse(decodeFormData(ZBookSlotChoice, form([["ficheId", UUID1], ["creneau", `${UUID2}|${debut}`], ["rappelConsenti", "on"]])));
    expect(chosen.success && chosen.data).toEqual({ ficheId: UUID1, permanenceId: UUID2, debut, rappelConsenti: true });
    const none = ZBookSlotChoice.safeParse(decodeFormData(ZBookSlotChoice, form([["ficheId", UUID1]])));
    expect(none.success ? null : none.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["creneau", CHOOSE_FREE_SLOT]]);
    // An object naming the permanence (tests, other code) is read as is.
    expect(ZBookSlotChoice.parse({ ficheId: UUID1, permanenceId: UUID2, debut })).toEqual({ ficheId: UUID1, permanenceId: UUID2, debut, rappelConsenti: false });
  });
});
