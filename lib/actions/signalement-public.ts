"use server";

// The only server action open without an account: sending a signalement from the public page.
import { runPublicAction } from "@/lib/actions/run-public-action";
import { requestIp } from "@/lib/actions/request-ip";
import { isUuid } from "@/lib/domain/shared/fields";
import { issueFormToken } from "@/lib/domain/signalements/form-token";
import { ZSignalementPublic } from "@/lib/domain/signalements/schemas";
import { submitSignalement } from "@/lib/domain/signalements/submit";

export async function submitSignalementAction(input: unknown, form?: unknown) {
  const ip = await requestIp();
  return runPublicAction(ZSignalementPublic, form ?? input, (data) => submitSignalement(data, { ip }), {
    // A refused form gets a fresh timestamp: the one it was sent with may be the problem.
    refresh: (values) => ({ ...values, jeton: typeof values.structureId === "string" && isUuid(values.structureId) ? issueFormToken(values.structureId) : "" }),
  });
}
