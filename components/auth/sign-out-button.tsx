// A plain form post to /api/deconnexion: it signs out before hydration or without JavaScript,
// and ends the provider's session too when one opened it (app/api/deconnexion/route.ts).
export function SignOutButton() {
  return (
    <form method="post" action="/api/deconnexion" className="sign-out-form">
      <button type="submit" className="btn btn--secondary btn--small">
        Se déconnecter
      </button>
    </form>
  );
}
