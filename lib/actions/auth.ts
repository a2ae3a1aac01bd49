"use server";

// Sign-in by a real <form method="post"> (decision 0022): the two steps are server actions of the
// one form mechanism, so a form sent before hydration or without JavaScript signs in too, and
// nothing typed ever reaches the address. The checks are those of next-auth's credentials
// callback (lib/domain/auth/sign-in.ts); the session is next-auth's own cookie.
import type { z } from "zod";
import { redirect } from "next/navigation";
import { runAction, zodFieldErrors, INVALID_FORM } from "@/lib/actions/run-action";
import { decodeFormData, echoValues } from "@/lib/actions/form-data";
import {
  clearSecondFactorCookie,
  clearSessionCookie,
  readSecondFactorCookie,
  readSessionId,
  requestIp,
  writeSecondFactorCookie,
  writeSessionCookie,
} from "@/lib/auth/sign-in-request";
import { requireUser } from "@/lib/auth/current-user";
import { sameSitePath } from "@/lib/security/return-path";
import { changeOwnPassword } from "@/lib/domain/users/commands";
import { ZOwnPasswordChange } from "@/lib/domain/users/schemas";
import { signInWithCode, signInWithPassword, type SignInOutcome } from "@/lib/domain/auth/sign-in";
import { SESSION_ABSOLUTE_MS } from "@/lib/domain/auth/session-rules";
import { SECOND_FACTOR_EXPIRED, SERVICE_UNAVAILABLE_MESSAGE, SIGN_IN_FAILED, ZSignInForm } from "@/lib/domain/auth/schemas";
import { SECOND_FACTOR_FAILED, SIGN_IN_THROTTLED_MESSAGE, ZSignInCodeForm } from "@/lib/domain/auth/totp-schemas";
import type { ActionResult } from "@/lib/domain/errors";
import { endSession } from "@/lib/domain/auth/sessions";
import { providerLogoutUrl } from "@/lib/domain/auth/oidc/flow";
import { log } from "@/lib/log";

export async function changeOwnPasswordAction(input: unknown, form?: unknown) {
  // The one action a temporary password may run: choosing one's own.
  return runAction(ZOwnPasswordChange, form ?? input, changeOwnPassword, { redirectTo: () => "/", actor: () => requireUser({ allowPasswordChange: true }) });
}

type Refusal = Extract<ActionResult<null>, { ok: false }>;

/** The form's fields, decoded and checked, or the refusal with French field errors. */
function parse<S extends z.ZodType>(schema: S, input: unknown): { data: z.output<S>; refuse: (formError: string) => Refusal } | { refusal: Refusal } {
  const byForm = input instanceof FormData;
  const raw = byForm ? decodeFormData(schema, input) : input;
  const refuse = (formError: string, fieldErrors: Record<string, string> = {}): Refusal =>
    byForm ? { ok: false, formError, fieldErrors, values: echoValues(raw) as Record<string, unknown> } : { ok: false, formError, fieldErrors };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { refusal: refuse(INVALID_FORM, zodFieldErrors(parsed.error)) };
  return { data: parsed.data, refuse: (formError) => refuse(formError) };
}

/** Signed in, or the second step to come: cookies, then the browser goes on (a form) or the result. */
async function conclude(outcome: SignInOutcome, callbackUrl: string | undefined, byForm: boolean, refuse: (m: string) => Refusal, failed: string) {
  if (outcome.kind === "throttled") return refuse(SIGN_IN_THROTTLED_MESSAGE);
  if (outcome.kind === "refused") return refuse(failed);
  const back = sameSitePath(callbackUrl);
  let destination: string;
  if (outcome.kind === "second-factor") {
    await writeSecondFactorCookie({ userId: outcome.userId, stamp: outcome.stamp });
    destination = back ? `/connexion?callbackUrl=${encodeURIComponent(back)}` : "/connexion";
  } else {
    await writeSessionCookie({ userId: outcome.userId, sessionId: outcome.sessionId, maxAgeS: SESSION_ABSOLUTE_MS / 1000 });
    await clearSecondFactorCookie();
    // "/" sends each role to its landing page.
    destination = back ?? "/";
  }
  if (byForm) redirect(destination);
  return { ok: true as const, data: null };
}

/** Step one: e-mail and password. Every failure gets the one generic message. */
export async function signInAction(input: unknown, form?: unknown): Promise<ActionResult<null>> {
  const payload = form ?? input;
  const checked = parse(ZSignInForm, payload);
  if ("refusal" in checked) return checked.refusal;
  const { data, refuse } = checked;
  let outcome: SignInOutcome;
  try {
    outcome = await signInWithPassword({ email: data.email, password: data.password, ip: await requestIp() });
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "sign_in_unavailable");
    return refuse(SERVICE_UNAVAILABLE_MESSAGE);
  }
  return conclude(outcome, data.callbackUrl, payload instanceof FormData, refuse, SIGN_IN_FAILED);
}

/** Step two, for an account with a second factor: the code, for the password proved in step one. */
export async function signInCodeAction(input: unknown, form?: unknown): Promise<ActionResult<null>> {
  const payload = form ?? input;
  const checked = parse(ZSignInCodeForm, payload);
  if ("refusal" in checked) return checked.refusal;
  const { data, refuse } = checked;
  const pending = await readSecondFactorCookie();
  if (!pending) return refuse(SECOND_FACTOR_EXPIRED);
  let outcome: SignInOutcome;
  try {
    outcome = await signInWithCode({ userId: pending.userId, stamp: pending.stamp, code: data.code, ip: await requestIp() });
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "sign_in_unavailable");
    return refuse(SERVICE_UNAVAILABLE_MESSAGE);
  }
  return conclude(outcome, data.callbackUrl, payload instanceof FormData, refuse, SECOND_FACTOR_FAILED);
}

/** "Retour": forget the accepted password, back to step one. */
export async function cancelSignInCodeAction(input: unknown, form?: unknown): Promise<ActionResult<null>> {
  await clearSecondFactorCookie();
  if ((form ?? input) instanceof FormData) redirect("/connexion");
  return { ok: true, data: null };
}

/**
 * "Se déconnecter", a form that posts itself (it works without JavaScript): the server-side
 * session ends at once and the cookie goes; when a provider opened the session and offers
 * RP-initiated logout, the browser goes on to end the provider's session, which sends it back
 * to /connexion (decision 0040). Open to anyone: signed out, it only sends to /connexion.
 */
export async function signOutAction(input: unknown, form?: unknown): Promise<ActionResult<null>> {
  const sid = await readSessionId();
  const ended = sid ? await endSession(sid, await requestIp()) : null;
  await clearSessionCookie();
  const destination = (ended ? await providerLogoutUrl(ended) : null) ?? "/connexion";
  if ((form ?? input) instanceof FormData) redirect(destination);
  return { ok: true, data: null };
}
