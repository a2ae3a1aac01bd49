"use server";

// The two enrolment actions run before the account may use the app: an administrator who still
// has to enrol is sent to enrolment by requireUser() everywhere else, and these are how they enrol.
import { runAction } from "@/lib/actions/run-action";
import { requireUser } from "@/lib/auth/current-user";
import { confirmTotpEnrolment, disableOwnTotp, resetUserTotp } from "@/lib/domain/auth/totp-commands";
import { ZTotpCode, ZTotpReset } from "@/lib/domain/auth/totp-schemas";

const enrolling = () => requireUser({ allowTotpEnrolment: true });

export async function confirmTotpAction(input: unknown, form?: unknown) {
  return runAction(ZTotpCode, form ?? input, (actor, data) => confirmTotpEnrolment(actor, data), { actor: enrolling });
}

export async function disableTotpAction(input: unknown, form?: unknown) {
  return runAction(ZTotpCode, form ?? input, (actor, data) => disableOwnTotp(actor, data), {
    actor: enrolling,
    revalidate: ["/compte/double-authentification"],
  });
}

/** An ADMIN resets another account's second factor (lost phone). */
export async function resetUserTotpAction(input: unknown, form?: unknown) {
  return runAction(ZTotpReset, form ?? input, resetUserTotp, { revalidate: [["/admin/utilisateurs", "layout"]] });
}
