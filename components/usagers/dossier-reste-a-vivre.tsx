import Link from "next/link";
import type { ResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { formatEuros } from "@/lib/format";

const fr = (n: number) => n.toLocaleString("fr-FR", { maximumFractionDigits: 2 });

export function ResteAVivreCard({ rav, canEditSettings }: { rav: ResteAVivre; canEditSettings: boolean }) {
  return (
    <section className="card" aria-labelledby="rav">
      <h2 id="rav">Reste à vivre</h2>
      <dl className="facts">
        <dt>Ressources</dt><dd>{formatEuros(rav.ressourcesCents)} par mois</dd>
        <dt>Charges retenues</dt><dd>{formatEuros(rav.chargesCents)} par mois</dd>
        <dt>Disponible</dt><dd><strong>{formatEuros(rav.disponibleCents)}</strong> par mois</dd>
        <dt>Par part ({fr(rav.parts)} part{rav.parts > 1 ? "s" : ""})</dt>
        <dd>{rav.parPart ? <><strong>{formatEuros(rav.parPart.mensuelCents)}</strong> par mois, soit {formatEuros(rav.parPart.jourCents)} par jour</> : "—"}</dd>
        <dt>Par unité de consommation ({fr(rav.uc)} UC)</dt>
        <dd>{rav.parUc ? <><strong>{formatEuros(rav.parUc.mensuelCents)}</strong> par mois, soit {formatEuros(rav.parUc.jourCents)} par jour</> : "—"}</dd>
      </dl>
      <p className="hint">
        Calcul : (ressources − charges retenues) ÷ nombre de parts ou d&apos;unités de consommation ; par jour sur 30 jours.
        {canEditSettings ? <> <Link href="/parametres">Modifier les charges retenues et les pondérations</Link>.</> : " Les charges retenues et les pondérations sont fixées par la ou le responsable."}
      </p>
    </section>
  );
}
