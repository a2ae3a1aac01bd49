// The path of the one server action that runs without an account (the public signalement page):
// the same decoding, zod parse and French refusals as runAction, but no actor, no redirect and
// no revalidation (the page shows nothing that could change). `refresh` lets the action give a
// refused form fresh hidden values (a new signed timestamp) instead of the ones it was sent.
import type { z } from "zod";
import { DomainError, type ActionResult } from "@/lib/domain/errors";
import { SAVE_FAILED_MESSAGE } from "@/lib/domain/shared/messages";
import { log } from "@/lib/log";
import { decodeFormData, echoValues } from "./form-data";
import { INVALID_FORM, zodFieldErrors } from "./run-action";

export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  command: (data: z.output<S>) => Promise<T>,
  options: { refresh?: (values: Record<string, unknown>) => Record<string, unknown> } = {},
): Promise<ActionResult<T>> {
  const byForm = input instanceof FormData;
  const raw = byForm ? decodeFormData(schema, input) : input;
  const refused = (result: { formError: string; fieldErrors: Record<string, string> }): ActionResult<T> => {
    if (!byForm) return { ok: false, ...result };
    const echoed = (echoValues(raw) ?? {}) as Record<string, unknown>;
    return { ok: false, ...result, values: options.refresh ? options.refresh(echoed) : echoed };
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refused({ formError: INVALID_FORM, fieldErrors: zodFieldErrors(parsed.error) });
  try {
    return { ok: true, data: await command(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return refused({ formError: error.message, fieldErrors: error.fieldErrors });
    log.error({ err: error instanceof Error ? error.message : String(error) }, "public_action_failed");
    return refused({ formError: SAVE_FAILED_MESSAGE, fieldErrors: {} });
  }
}
