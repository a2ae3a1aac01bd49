import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { pendingTotpEnrolment, totpStatus } from "@/lib/domain/auth/totp-commands";
import { groupedSecret, totpQrDataUrl } from "@/lib/domain/auth/totp-qr";
import { Alert } from "@/components/ui/alert";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TotpEnrolForm } from "@/components/auth/totp-enrol-form";
import { TotpDisableForm } from "@/components/auth/totp-disable-form";

export const metadata: Metadata = { title: "Double authentification" };
export const dynamic = "force-dynamic";

export default async function TotpPage() {
  const actor = await requireUser({ allowTotpEnrolment: true });
  const status = await totpStatus(actor);
  const pending = status.enabled ? null : await pendingTotpEnrolment(actor);
  const qrCode = pending ? await totpQrDataUrl(pending.uri) : "";
  return (
    <main className="auth-page" id="contenu">
      <div className="auth-card">
        <h1>Double authentification</h1>
        {/* The enrolment form stays at this place in both cases, so that a page rendered after
            it was posted (without JavaScript) still shows the recovery codes it answered. */}
        {pending ? (
          <>
            {status.required ? (
              <Alert tone="info">
                Un compte administrateur doit être protégé par un second facteur. Activez-le pour continuer.
              </Alert>
            ) : (
              <p className="muted">Facultative : après le mot de passe, Passerelle demandera un code à 6 chiffres.</p>
            )}
            <ol>
              <li>
                Ouvrez une application d&apos;authentification (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…) et
                scannez ce QR code :
                {/* A data: SVG drawn on the server, allowed by the CSP (img-src data:). */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={qrCode} alt="QR code à scanner avec l'application d'authentification" width={200} height={200} />
              </li>
              <li>
                ou saisissez cette clé à la main : <code data-testid="totp-secret">{groupedSecret(pending.secret)}</code>
              </li>
              <li>puis saisissez le code à 6 chiffres que l&apos;application affiche.</li>
            </ol>
          </>
        ) : null}
        <TotpEnrolForm pending={Boolean(pending)} />
        {pending ? null : (
          <>
            <Alert tone="success">La double authentification est activée sur votre compte.</Alert>
            <p>Codes de secours restants : {status.recoveryCodesLeft}.</p>
            {status.required ? (
              <p className="muted">Elle est obligatoire pour un compte administrateur. En cas de perte du téléphone, un autre administrateur peut la réinitialiser.</p>
            ) : (
              <TotpDisableForm />
            )}
          </>
        )}
        {/* A way back, unless the second factor is required first (then only signing out). */}
        {pending && status.required ? null : <p><Link href="/">← Retour à l&apos;accueil</Link></p>}
        <div className="actions">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
