"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body>
        <main style={{ maxWidth: 640, margin: "3rem auto", fontFamily: "system-ui, sans-serif", padding: "0 1rem" }}>
          <h1>Service momentanément indisponible</h1>
          <p>Passerelle ne peut pas répondre pour le moment. Réessayez dans quelques instants.</p>
          {error.digest ? <p>Référence de l&apos;incident : {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
