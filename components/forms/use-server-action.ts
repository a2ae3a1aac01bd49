"use client";

// Runs a server action from a button or a small form: pending state, the French error or
// confirmation, page refresh on success. Resolves with the result, so a form can still map
// field errors onto its fields.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/domain/errors";

/** `fieldErrorAsMessage`: for buttons without fields, show the first field error as the message. */
export function useServerAction({ fieldErrorAsMessage = false } = {}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, success: string | ((data: T) => string)): Promise<ActionResult<T>> {
    return new Promise((resolve) => {
      start(async () => {
        setError(null);
        setDone(null);
        const result = await action();
        if (result.ok) {
          setDone(typeof success === "string" ? success : success(result.data));
          router.refresh();
        } else {
          setError(fieldErrorAsMessage ? (Object.values(result.fieldErrors)[0] ?? result.formError) : result.formError);
        }
        resolve(result);
      });
    });
  }
  return { pending, error, done, run };
}
