import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signedInDestination } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";
import { readSecondFactorCookie } from "@/lib/auth/sign-in-request";
import { sameSitePath } from "@/lib/security/return-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInCodeForm } from "@/components/auth/sign-in-code-form";
import { OidcSignInButtons } from "@/components/auth/oidc-sign-in-buttons";
import { Alert } from "@/components/ui/alert";
import { oidcProviderChoices } from "@/lib/domain/auth/oidc/providers";
import { isOidcErrorCode, OIDC_ERROR_MESSAGES } from "@/lib/domain/auth/oidc/messages";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const destination = await signedInDestination((actor) => homePathFor(actor.role));
  if (destination) redirect(destination);
  const params = await searchParams;
  // Where to go once signed in: a path of this site only (an absolute address is ignored).
  const callbackUrl = sameSitePath(params.callbackUrl);
  // The password was accepted and the account has a second factor: step two.
  const pending = await readSecondFactorCookie();
  return (
    <main className="auth-page" id="contenu">
      <div className="auth-card">
        <h1>Passerelle</h1>
        <p className="muted">Dossier social partagé du CCAS. Connectez-vous avec votre compte professionnel.</p>
        {params.session === "expiree" ? (
          <Alert tone="info">Votre session a expiré ou a été fermée. Reconnectez-vous pour continuer.</Alert>
        ) : null}
        {isOidcErrorCode(params.erreur) ? <Alert tone="error">{OIDC_ERROR_MESSAGES[params.erreur]}</Alert> : null}
        {pending ? (
          <SignInCodeForm callbackUrl={callbackUrl} />
        ) : (
          <>
            <OidcSignInButtons providers={oidcProviderChoices()} callbackUrl={callbackUrl} />
            <SignInForm callbackUrl={callbackUrl} />
          </>
        )}
      </div>
    </main>
  );
}
