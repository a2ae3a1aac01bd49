"use client";

import { setUserStatusAction } from "@/lib/actions/users";
import { ActionButton } from "@/components/forms/action-button";

export function UserStatusForm({ userId, status }: { userId: string; status: "ACTIVE" | "DISABLED" }) {
  return (
    <div>
      <p>
        {status === "ACTIVE"
          ? "Désactiver le compte ferme immédiatement toutes ses sessions ouvertes."
          : "Ce compte est désactivé : la personne ne peut plus se connecter."}
      </p>
      <ActionButton action={setUserStatusAction} fields={{ id: userId, status: status === "ACTIVE" ? "DISABLED" : "ACTIVE" }}
        className={status === "ACTIVE" ? "btn btn--danger" : "btn"}>
        {status === "ACTIVE" ? "Désactiver le compte" : "Réactiver le compte"}
      </ActionButton>
    </div>
  );
}
