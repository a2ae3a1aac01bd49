// "Se connecter avec ProConnect" (and one button per other configured provider), above the
// password form. Plain links to the start route: a GET that only starts the flow, so it works
// without JavaScript. ProConnect's own button style, drawn in CSS: no image is downloaded.
type Choice = { id: string; label: string; kind: "proconnect" | "generic" };

export function OidcSignInButtons({ providers, callbackUrl }: { providers: Choice[]; callbackUrl: string | null }) {
  if (providers.length === 0) return null;
  const query = callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
  return (
    <div className="oidc-sign-in">
      {providers.map((p) =>
        p.kind === "proconnect" ? (
          <div key={p.id}>
            <a className="oidc-button oidc-button--proconnect" href={`/api/oidc/${p.id}/connexion${query}`}>
              <span>Se connecter avec</span> <span className="oidc-button__brand">ProConnect</span>
            </a>
            <p className="oidc-sign-in__help muted">
              <a href="https://www.proconnect.gouv.fr/" rel="noopener noreferrer" target="_blank">Qu&apos;est-ce que ProConnect ?<span className="sr-only"> (nouvelle fenêtre)</span></a>
            </p>
          </div>
        ) : (
          <a key={p.id} className="oidc-button oidc-button--generic" href={`/api/oidc/${p.id}/connexion${query}`}>
            Se connecter avec {p.label}
          </a>
        ),
      )}
      <p className="oidc-sign-in__or" aria-hidden="true">ou</p>
    </div>
  );
}
