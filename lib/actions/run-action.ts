// The one path of every server action: signed-in actor → zod parse (the form's own schema) →
// domain command → ActionResult. Bad input and broken rules come back as French field errors;
// nothing here answers 500 to a user.
import type { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, NotFoundError, type ActionResult } from "@/lib/domain/errors";
import { log } from "@/lib/log";

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

export const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  command: (actor: Actor, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireUser();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, formError: INVALID_FORM, fieldErrors: zodFieldErrors(parsed.error) };
  }
  try {
    return { ok: true, data: await command(actor, parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, formError: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof NotFoundError) {
      return { ok: false, formError: "Élément introuvable ou inaccessible.", fieldErrors: {} };
    }
    log.error({ err: error instanceof Error ? error.message : String(error) }, "action_failed");
    return {
      ok: false,
      formError: "L'enregistrement n'a pas abouti, rien n'a été modifié. Réessayez dans un instant.",
      fieldErrors: {},
    };
  }
}
