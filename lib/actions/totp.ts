"use server";

// Not through runAction: an administrator who still has to enrol is redirected by
// requireUser() everywhere else, and these two actions are precisely how they enrol.
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/actor";
import { INVALID_FORM, runAction, zodFieldErrors } from "@/lib/actions/run-action";
import { DomainError, type ActionResult } from "@/lib/domain/errors";
import { confirmTotpEnrolment, disableOwnTotp, resetUserTotp } from "@/lib/domain/auth/totp-commands";
import { ZTotpCode, ZTotpReset } from "@/lib/domain/auth/totp-schemas";

async function run<T>(input: unknown, command: (actor: Actor, data: z.output<typeof ZTotpCode>) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await requireUser({ allowTotpEnrolment: true });
  const parsed = ZTotpCode.safeParse(input);
  if (!parsed.success) return { ok: false, formError: INVALID_FORM, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    return { ok: true, data: await command(actor, parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors };
    return { ok: false, formError: "L'enregistrement n'a pas abouti, rien n'a été modifié. Réessayez dans un instant.", fieldErrors: {} };
  }
}

export async function confirmTotpAction(input: unknown) {
  return run(input, (actor, data) => confirmTotpEnrolment(actor, data));
}

export async function disableTotpAction(input: unknown) {
  return run(input, (actor, data) => disableOwnTotp(actor, data));
}

/** An ADMIN resets another account's second factor (lost phone). */
export async function resetUserTotpAction(input: unknown) {
  const result = await runAction(ZTotpReset, input, resetUserTotp);
  revalidatePath("/admin/utilisateurs");
  return result;
}
