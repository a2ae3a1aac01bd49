"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { refreshRetentionReviewAction } from "@/lib/actions/retention";
import { Alert } from "@/components/ui/alert";

/** Recomputes the list now instead of waiting for the nightly job (e.g. after changing the period). */
export function RefreshReviewButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function refresh() {
    setPending(true);
    const result = await refreshRetentionReviewAction();
    setPending(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.formError });
    setMessage({ tone: "success", text: `Liste actualisée : ${result.data.signales} dossier(s) ajouté(s), ${result.data.retires} retiré(s).` });
    router.refresh();
  }
  return (
    <div>
      <button type="button" className="btn btn--secondary" disabled={pending} onClick={refresh}>Actualiser la liste</button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
