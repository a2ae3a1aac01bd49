// Maps an action's French field errors onto the form, so the user sees which field is wrong and
// keeps what they typed. Returns the form-level message to show above the form, if any.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/domain/errors";

export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  result: ActionResult<unknown>,
): string | null {
  if (result.ok) return null;
  for (const [field, message] of Object.entries(result.fieldErrors)) {
    setError(field as Path<T>, { type: "server", message }, { shouldFocus: true });
  }
  return result.formError;
}
