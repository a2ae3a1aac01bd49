"use client";

import Link from "next/link";

// Never shows the error itself: only a French message and the reference Next.js logs with it.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="app-main">
      <div className="card" role="alert">
        <h1>Une erreur est survenue</h1>
        <p>L&apos;opération n&apos;a pas abouti. Vos données n&apos;ont pas été modifiées partiellement : réessayez dans un instant.</p>
        {error.digest ? <p className="muted">Référence de l&apos;incident : {error.digest}</p> : null}
        <div className="actions">
          <button type="button" className="btn" onClick={reset}>Réessayer</button>
          <Link className="btn btn--secondary" href="/">Revenir à l&apos;accueil</Link>
        </div>
      </div>
    </main>
  );
}
