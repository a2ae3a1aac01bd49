"use client";

// The commit's progress bar. The figures are the database's: while the job runs the page asks
// the server again every two seconds (router.refresh); without JavaScript a <meta refresh> does.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function ImportProgress({ done, total, running }: { done: number; total: number; running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2_000);
    return () => clearInterval(timer);
  }, [running, router]);
  const percent = total ? Math.round((done / total) * 100) : 100;
  return (
    <div>
      {running ? <noscript><meta httpEquiv="refresh" content="3" /></noscript> : null}
      <p id="import-progress-label">{done.toLocaleString("fr-FR")} ligne{done > 1 ? "s" : ""} sur {total.toLocaleString("fr-FR")} traitée{done > 1 ? "s" : ""} ({percent} %)</p>
      <div className="progress" role="progressbar" aria-labelledby="import-progress-label" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
