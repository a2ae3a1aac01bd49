"use client";

// The ADMIN's choice of sign-in modes for the structure (decision 0042).
import { ZSignInSettings } from "@/lib/domain/settings/sign-in-schemas";
import { updateSignInSettingsAction } from "@/lib/actions/settings";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

type Choice = { id: string; label: string };

export function SignInSettingsForm({ providers, initial }: { providers: Choice[]; initial: { oidcProviders: string[]; passwordSignIn: boolean } }) {
  const f = useActionForm({ schema: ZSignInSettings, action: updateSignInSettingsAction, defaultValues: initial });
  const chosen = f.group("oidcProviders");
  const password = f.group("passwordSignIn");
  return (
    <section className="card" aria-labelledby="modes-connexion-titre">
      <h2 id="modes-connexion-titre" style={{ marginTop: 0 }}>Modes de connexion</h2>
      <ActionForm handle={f} aria-label="Modes de connexion" success="Modes de connexion enregistrés : ils s'appliquent dès la prochaine connexion.">
        <fieldset id={chosen.id} aria-describedby={chosen.error ? `${chosen.id}-error` : undefined}>
          <legend>Fournisseurs d&apos;identité ouverts aux comptes de la structure</legend>
          {providers.length === 0 ? (
            <p className="muted">Aucun fournisseur d&apos;identité n&apos;est configuré sur ce serveur (OIDC_PROVIDERS, voir la documentation de déploiement).</p>
          ) : (
            providers.map((p) => (
              <label key={p.id} className="checkbox">
                <input {...f.checkbox("oidcProviders", p.id)} />
                <span>{p.label}</span>
              </label>
            ))
          )}
          {chosen.error ? <p className="field-error" id={`${chosen.id}-error`}>{chosen.error}</p> : null}
        </fieldset>
        <label className="checkbox">
          <input {...f.checkbox("passwordSignIn")} id={password.id} aria-describedby={`${password.id}-hint${password.error ? ` ${password.id}-error` : ""}`} />
          <span>Connexion par adresse e-mail et mot de passe</span>
        </label>
        <p className="muted" id={`${password.id}-hint`}>
          Décochée, seuls les fournisseurs cochés ci-dessus permettent de se connecter. Les administrateurs gardent toujours leur mot de passe
          (accès de secours si le fournisseur est indisponible).
        </p>
        {password.error ? <p className="field-error" id={`${password.id}-error`}>{password.error}</p> : null}
        <SubmitButton handle={f}>Enregistrer les modes de connexion</SubmitButton>
      </ActionForm>
    </section>
  );
}
