import { formatCalendarDate } from "@/lib/format";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { NoticeGivenForm } from "@/components/retention/notice-given-form";

/** Rights of the person: the notice date and, for a RESPONSABLE, the right-of-access export. */
export function RightsCard({ usagerId, informationDonneeLe, canExport }: { usagerId: string; informationDonneeLe: Date | null; canExport: boolean }) {
  return (
    <section className="card" aria-labelledby="droits-personne">
      <h2 id="droits-personne">Droits de la personne</h2>
      <p>
        {informationDonneeLe
          ? `Notice d'information sur le traitement des données remise le ${formatCalendarDate(informationDonneeLe)}.`
          : "La notice d'information sur le traitement des données n'a pas encore été remise."}
      </p>
      {/* Information of the person (issue #8): print the notice, record the date it was given. */}
      <NoticeGivenForm usagerId={usagerId} today={parisToday()} />
      {canExport ? (
        <>
          <p>Droit d&apos;accès : tout ce que le CCAS détient sur la personne, notes confidentielles comprises, et la liste des accès au dossier. L&apos;export est journalisé.</p>
          <div className="actions">
            <a className="btn btn--secondary btn--small" href={`/api/usagers/${usagerId}/export?format=pdf`}>Exporter ses données (PDF)</a>
            <a className="btn btn--secondary btn--small" href={`/api/usagers/${usagerId}/export?format=json`}>Exporter ses données (JSON)</a>
          </div>
        </>
      ) : null}
    </section>
  );
}
