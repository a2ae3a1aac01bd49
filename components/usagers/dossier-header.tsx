import type { Dossier } from "@/lib/domain/usagers/dossier";
import type { DossierSummary } from "@/lib/domain/dossier/summary";
import { USAGER_STATUS_LABELS } from "@/lib/domain/usagers/labels";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** The sections of the dossier, each one click away from the sticky header (their heading ids). */
export const DOSSIER_SECTIONS: [string, string][] = [
  ["resume", "Résumé"], ["entretiens", "Entretiens"], ["accompagnements", "Accompagnements"], ["aides", "Aides"],
  ["orientations", "Orientations"], ["documents-dossier", "Documents"], ["domiciliation", "Domiciliation"], ["historique", "Historique"],
];

const parisTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });

/**
 * Who the dossier is about, at the top of the screen while scrolling: name, number, référents,
 * status, what needs attention today, and the section menu (plain anchors: no JavaScript).
 */
export function DossierHeader({ dossier: d, summary, actions }: { dossier: Dossier; summary: DossierSummary; actions: React.ReactNode }) {
  const archived = d.status === "ARCHIVE";
  const referents = d.referents.map((r) => {
    const until = d.referentAbsentUntil[r.userId];
    return `${r.user.firstName} ${r.user.lastName}${until ? ` (référent absent jusqu'au ${formatCalendarDate(until)})` : ""}`;
  }).join(", ");
  const alerts: { key: string; tone: "warning" | "info" | "danger"; text: string; href: string }[] = [];
  if (summary.rendezVousAujourdhui.length) {
    alerts.push({ key: "rdv", tone: "info", href: "#rendez-vous", text: `Rendez-vous aujourd'hui à ${summary.rendezVousAujourdhui.map((t) => parisTime.format(t)).join(", ")}` });
  }
  if (summary.domiciliationFin) {
    const past = summary.domiciliationEchue;
    alerts.push({ key: "domi", tone: past ? "danger" : "warning", href: "#domiciliation", text: `Domiciliation ${past ? "échue depuis le" : "valable jusqu'au"} ${formatCalendarDate(summary.domiciliationFin)}` });
  }
  if (summary.aidesEnAttente) {
    alerts.push({ key: "aides", tone: "warning", href: "#aides", text: `${summary.aidesEnAttente} aide${summary.aidesEnAttente > 1 ? "s" : ""} en attente de décision` });
  }
  return (
    <header className="dossier-header" aria-labelledby="dossier-titre">
      <div className="dossier-header__top">
        <div className="dossier-header__who">
          <h1 id="dossier-titre">{`${d.nom.toUpperCase()} ${d.prenom}`}</h1>
          <p>
            Dossier n° {d.numeroDossier} · <Badge tone={archived ? "danger" : d.status === "ACTIF" ? "success" : "warning"}>{USAGER_STATUS_LABELS[d.status]}</Badge>
            {" · "}{referents ? `Référent·e·s : ${referents}` : "Aucun·e référent·e"}
            {d.lastContactAt ? <span className="muted"> · dernier contact le {formatDateTime(d.lastContactAt)}</span> : null}
          </p>
        </div>
        {actions ? <div className="actions">{actions}</div> : null}
      </div>
      {alerts.length ? (
        <ul className="dossier-header__alerts" aria-label="À surveiller">
          {alerts.map((a) => <li key={a.key}><a href={a.href} className={`badge badge--${a.tone}`}>{a.text}</a></li>)}
        </ul>
      ) : null}
      <nav aria-label="Sections du dossier" className="dossier-sections">
        <ul>{DOSSIER_SECTIONS.map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}</ul>
      </nav>
    </header>
  );
}
