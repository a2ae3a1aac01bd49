// The one path of every server action: signed-in actor → zod parse (the form's own schema) →
// domain command → revalidation → ActionResult. Bad input and broken rules come back as French
// field errors; nothing here answers 500 to a user.
//
// An action is called two ways, and both end here:
// - by its form (components/forms/use-action-form.ts), through React's useActionState: the
//   arguments are (previous state, FormData), before hydration as after it. The FormData is
//   decoded against the schema; on success the action may send the browser on (`redirectTo`);
//   on a refusal the result carries what was typed (`values`), so a page rendered without
//   JavaScript shows it again with the errors;
// - directly with an object (tests, the permission matrix, other code): the result is returned,
//   never a redirect.
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { noteDatabaseFailure } from "@/lib/availability/database-breaker";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, NotFoundError, type ActionResult } from "@/lib/domain/errors";
import { NOT_FOUND_MESSAGE, SAVE_FAILED_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/domain/shared/messages";
import { log } from "@/lib/log";
import { decodeFormData, echoValues } from "./form-data";

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

export const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** A path to revalidate after a success; `[path, "layout"]` for everything under it. */
export type Revalidate = string | [string, "layout"];

/**
 * An action is `(input: unknown, form?: unknown)` and passes `form ?? input`: its form's
 * FormData when React calls it with (previous state, FormData), else the object it was given.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  command: (actor: Actor, data: z.output<S>) => Promise<T>,
  options: {
    revalidate?: Revalidate[];
    /**
     * Where a form sent by the browser goes once saved (with JavaScript too: one behaviour),
     * from the command's result and the checked input; null stays on the page.
     */
    redirectTo?: (data: T, input: z.output<S>) => string | null;
    /** The actor, for the two actions that run before the account may use the app (enrolment). */
    actor?: () => Promise<Actor>;
  } = {},
): Promise<ActionResult<T>> {
  const byForm = input instanceof FormData;
  const raw = byForm ? decodeFormData(schema, input) : input;
  const refused = (result: { formError: string; fieldErrors: Record<string, string> }): ActionResult<T> =>
    byForm ? { ok: false, ...result, values: echoValues(raw) as Record<string, unknown> } : { ok: false, ...result };

  // The session is looked up in the database: while PostgreSQL is down (before the proxy's
  // breaker trips) that lookup throws. It is inside the action's error handling so the form
  // gets the French answer and keeps what was typed, never an unhandled error digest (issue 23).
  // Next's own control flow (the redirect to the sign-in page) passes through.
  let actor: Actor;
  try {
    actor = await (options.actor ?? requireUser)();
  } catch (error) {
    unstable_rethrow(error);
    log.error({ err: error instanceof Error ? error.message : String(error) }, "action_session_unavailable");
    return refused({ formError: SERVICE_UNAVAILABLE_MESSAGE, fieldErrors: {} });
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refused({ formError: INVALID_FORM, fieldErrors: zodFieldErrors(parsed.error) });
  let data: T;
  try {
    data = await command(actor, parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return refused({ formError: error.message, fieldErrors: error.fieldErrors });
    if (error instanceof NotFoundError) return refused({ formError: NOT_FOUND_MESSAGE, fieldErrors: {} });
    const unreachable = noteDatabaseFailure(error);
    log.error({ err: error instanceof Error ? error.message : String(error) }, "action_failed");
    return refused({ formError: unreachable ? SERVICE_UNAVAILABLE_MESSAGE : SAVE_FAILED_MESSAGE, fieldErrors: {} });
  }
  for (const path of options.revalidate ?? []) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
  // Outside any try: redirect() works by throwing.
  const destination = byForm && options.redirectTo ? options.redirectTo(data, parsed.data) : null;
  if (destination) redirect(destination);
  return { ok: true, data };
}
