"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { markRappelFaitAction } from "@/lib/actions/entretiens";

export function RappelDoneButton({ entretienId }: { entretienId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button type="button" className="btn btn--link" disabled={pending}
      onClick={() => start(async () => { if ((await markRappelFaitAction({ entretienId })).ok) router.refresh(); })}>
      Marquer comme fait
    </button>
  );
}
