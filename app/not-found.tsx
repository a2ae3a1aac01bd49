import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Page introuvable</h1>
        <p>Cette page n&apos;existe pas, ou vous n&apos;y avez pas accès.</p>
        <p>
          <Link href="/">Revenir à l&apos;accueil</Link>
        </p>
      </div>
    </main>
  );
}
