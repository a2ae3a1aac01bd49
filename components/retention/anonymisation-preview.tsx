"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { PreviewLine } from "@/lib/domain/dossier/anonymise";
import { confirmAnonymisationAction } from "@/lib/actions/retention";
import { Alert } from "@/components/ui/alert";
import { AnonymiseConfirm } from "./retention-review-list";

/** What anonymising this dossier removes and keeps, then the explicit confirmation. */
export function AnonymisationPreview({ usagerId, lines }: { usagerId: string; lines: PreviewLine[] }) {
  const router = useRouter();
  const [confirme, setConfirme] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setPending(true);
    const result = await confirmAnonymisationAction({ usagerIds: [usagerId], confirme });
    setPending(false);
    if (!result.ok) return setError(Object.values(result.fieldErrors)[0] ?? result.formError);
    router.push("/parametres/conservation");
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="ce-qui-change">
      <h2 id="ce-qui-change">Ce qui sera effacé, ce qui sera conservé</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Effet de l&apos;anonymisation par rubrique du dossier</caption>
          <thead><tr><th scope="col">Rubrique</th><th scope="col" className="num">Éléments</th><th scope="col">Effet</th></tr></thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td className="num">{l.nombre ?? "—"}</td>
                <td>{l.effet || "effacé selon la règle de la fonctionnalité"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <AnonymiseConfirm count={1} confirme={confirme} onConfirme={setConfirme} pending={pending} onSubmit={submit} />
    </section>
  );
}
