"use client";

// Runs one of the fiche's server actions from a small form: pending state, French error, refresh.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/domain/errors";

export function useFicheAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Resolves with the result, so a form can map field errors; refreshes the page on success. */
  function run<T>(action: () => Promise<ActionResult<T>>, success: string): Promise<ActionResult<T>> {
    return new Promise((resolve) => {
      start(async () => {
        setError(null);
        setDone(null);
        const result = await action();
        if (result.ok) {
          setDone(success);
          router.refresh();
        } else {
          setError(result.formError);
        }
        resolve(result);
      });
    });
  }
  return { pending, error, done, run };
}
