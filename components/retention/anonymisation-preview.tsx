"use client";

import type { PreviewLine } from "@/lib/domain/dossier/anonymise";
import { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";
import { confirmAnonymisationAction } from "@/lib/actions/retention";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm } from "@/components/forms/action-form";
import { AnonymiseConfirm } from "./anonymise-confirm";

/** What anonymising this dossier removes and keeps, then the explicit confirmation (back to the list once done). */
export function AnonymisationPreview({ usagerId, lines }: { usagerId: string; lines: PreviewLine[] }) {
  const f = useActionForm({
    schema: ZAnonymiseSelection,
    action: confirmAnonymisationAction,
    defaultValues: { usagerIds: [usagerId], confirme: false as never, depuis: "apercu" },
  });

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
      <ActionForm handle={f}>
        <input type="hidden" name="usagerIds" value={usagerId} />
        <input type="hidden" name="depuis" value="apercu" />
        <AnonymiseConfirm count={1} f={f} />
      </ActionForm>
    </section>
  );
}
