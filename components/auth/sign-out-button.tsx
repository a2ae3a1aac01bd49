"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="btn btn--secondary btn--small" onClick={() => signOut({ callbackUrl: "/connexion" })}>
      Se déconnecter
    </button>
  );
}
