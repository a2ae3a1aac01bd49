import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";

/**
 * The header of a desk's page (/passages, /file-attente): title, what is shown, the links to the
 * other pages of the accueil, and the choice of site when the actor keeps several (a plain GET
 * form, which works before hydration).
 */
export function DeskHeader({ title, description, actions, page, sites, current }: {
  title: string; description: ReactNode; actions: ReactNode; page: string; sites: { id: string; name: string }[]; current: string;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      {sites.length < 2 ? null : (
        <form method="get" action={page} className="form form--inline">
          <div className="field">
            <label htmlFor="site">Site</label>
            <select id="site" name="site" defaultValue={current}>
              {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
          <div className="actions"><button type="submit" className="btn btn--secondary btn--small">Changer de site</button></div>
        </form>
      )}
    </>
  );
}
