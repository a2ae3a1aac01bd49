import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canUseAccueil } from "@/lib/auth/permissions";
import { MOTIF_LABELS, REPONSE_LABELS } from "@/lib/domain/accueil/labels";
import { readPassageListParams } from "@/lib/domain/accueil/list-params";
import { listDeskSites, listPassages, PASSAGE_LIST_MAX } from "@/lib/domain/accueil/passage-queries";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { PassageRegister } from "@/components/accueil/passage-register";

export const metadata: Metadata = { title: "Passages à l'accueil" };

const day = (iso: string) => (iso ? formatCalendarDate(new Date(`${iso}T00:00:00Z`)) : "");

// The list behind the dashboard's figures of the accueil: same period, site, motif or answer.
export default async function PassageListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canUseAccueil(actor)) notFound();
  const params = readPassageListParams(await searchParams);
  const [{ total, rows }, sites] = await Promise.all([listPassages(actor, params), listDeskSites(actor)]);
  const filters = [
    params.du || params.au ? `du ${day(params.du) || "début"} au ${day(params.au) || "aujourd'hui"}` : null,
    params.site ? (sites.find((s) => s.id === params.site)?.name ?? "site inconnu") : null,
    params.motif ? `motif : ${MOTIF_LABELS[params.motif].toLowerCase()}` : null,
    params.reponse ? `réponse : ${REPONSE_LABELS[params.reponse].toLowerCase()}` : null,
    params.dossier === "sans" ? "sans dossier" : params.dossier === "avec" ? "avec dossier" : null,
  ].filter(Boolean).join(" · ");
  return (
    <>
      <p><Link href="/passages">← Registre des passages</Link></p>
      <PageHeader title="Passages à l'accueil" description={`${total} passage${total > 1 ? "s" : ""}${filters ? ` · ${filters}` : ""}`} />
      {total > rows.length ? <p>Les {PASSAGE_LIST_MAX} plus récents sont affichés.</p> : null}
      <section className="card" aria-label="Passages">
        <PassageRegister rows={rows} withDate />
      </section>
    </>
  );
}
