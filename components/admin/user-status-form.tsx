"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setUserStatusAction } from "@/lib/actions/users";
import { Alert } from "@/components/ui/alert";

export function UserStatusForm({ userId, status }: { userId: string; status: "ACTIVE" | "DISABLED" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const next = status === "ACTIVE" ? "DISABLED" : "ACTIVE";

  function toggle() {
    startTransition(async () => {
      const result = await setUserStatusAction({ id: userId, status: next });
      if (!result.ok) setError(result.formError);
      else router.refresh();
    });
  }

  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p>
        {status === "ACTIVE"
          ? "Désactiver le compte ferme immédiatement toutes ses sessions ouvertes."
          : "Ce compte est désactivé : la personne ne peut plus se connecter."}
      </p>
      <button type="button" className={status === "ACTIVE" ? "btn btn--danger" : "btn"} onClick={toggle} disabled={pending}>
        {status === "ACTIVE" ? "Désactiver le compte" : "Réactiver le compte"}
      </button>
    </div>
  );
}
