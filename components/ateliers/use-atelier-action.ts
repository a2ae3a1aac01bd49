"use client";

// Runs one of the workshop's server actions from a button or a small form: pending state, French
// error or confirmation, page refresh on success.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/domain/errors";

export function useAtelierAction() {
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
          setError(Object.values(result.fieldErrors)[0] ?? result.formError);
        }
        resolve(result);
      });
    });
  }
  return { pending, error, done, run };
}
