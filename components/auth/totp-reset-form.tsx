"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { resetUserTotpAction } from "@/lib/actions/totp";
import { Alert } from "@/components/ui/alert";

/** ADMIN, on another account's page: removes its second factor (lost or replaced phone). */
export function TotpResetForm({ userId, enabled }: { userId: string; enabled: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function reset() {
    setBusy(true);
    const result = await resetUserTotpAction({ id: userId });
    setBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.formError });
    setMessage({ tone: "success", text: "Double authentification réinitialisée : la personne l'activera de nouveau à sa prochaine connexion (obligatoire pour un administrateur)." });
    router.refresh();
  }

  return (
    <div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <p>{enabled ? "Activée sur ce compte." : "Non activée sur ce compte."}</p>
      {enabled ? (
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={reset}>
          Réinitialiser la double authentification
        </button>
      ) : null}
    </div>
  );
}
