"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setPartenaireActifAction } from "@/lib/actions/annuaire";
import { Alert } from "@/components/ui/alert";

/** Deactivating hides the partner from the directory and the orientation form, keeps its history. */
export function PartenaireActifButton({ id, actif }: { id: string; actif: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () => start(async () => {
    setError(null);
    const result = await setPartenaireActifAction({ id, actif: !actif });
    if (!result.ok) setError(result.formError);
    else router.refresh();
  });
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="button" className={actif ? "btn btn--secondary" : "btn"} disabled={pending} onClick={toggle}>
        {actif ? "Désactiver ce service" : "Réactiver ce service"}
      </button>
    </>
  );
}
