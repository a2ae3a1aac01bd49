"use client";

import { setUserStatusAction } from "@/lib/actions/users";
import { ActionButton } from "@/components/forms/action-button";

export function UserStatusForm({ userId, status }: { userId: string; status: "ACTIVE" | "DISABLED" | "PENDING_APPROVAL" }) {
  if (status === "PENDING_APPROVAL") {
    return (
      <div>
        <p>Ce compte attend l&apos;approbation d&apos;un responsable de la structure : la personne ne peut pas encore se connecter.</p>
        <ActionButton action={setUserStatusAction} fields={{ id: userId, status: "DISABLED" }} className="btn btn--danger">
          Annuler la demande et désactiver le compte
        </ActionButton>
      </div>
    );
  }
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
