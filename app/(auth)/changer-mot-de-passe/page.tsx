import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { needsAdminPassword } from "@/lib/auth/password-policy";
import { OwnPasswordForm } from "@/components/auth/own-password-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Changer de mot de passe" };

export default async function ChangePasswordPage() {
  const actor = await requireUser({ allowPasswordChange: true });
  return (
    <main className="auth-page" id="contenu">
      <div className="auth-card">
        <h1>Changer de mot de passe</h1>
        {actor.mustChangePassword ? (
          <Alert tone="info">Votre mot de passe est provisoire : choisissez le vôtre pour continuer.</Alert>
        ) : null}
        <OwnPasswordForm admin={needsAdminPassword(actor.role)} />
      </div>
    </main>
  );
}
