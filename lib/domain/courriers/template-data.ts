// The data a template of the structure is filled with, for one record: exactly the fields of
// fields.ts, already formatted the French way (dates dd/mm/yyyy, euros "1 234,56 €"), so that a
// template needs no formatting logic. Empty values are "" (the template prints nothing).
import { ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS, MODE_PAIEMENT_LABELS } from "@/lib/domain/aides/labels";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { DOMICILIATION_STATUS_LABELS, MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "@/lib/domain/domiciliation/labels";
import { CIVILITE_LABELS, LIEN_FOYER_LABELS } from "@/lib/domain/usagers/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { placeDateOf, signatureOf, type LetterheadSettings } from "@/lib/domain/shared/letter/letterhead";
import { personName } from "./builtins/common";
import { rdvDayAndTime, rdvPlace } from "./builtins/rendez-vous";
import type { SourceContext } from "./sources";

const day = (d: Date | null | undefined) => (d ? formatCalendarDate(d) : "");
const euros = (cents: number | null | undefined) => (cents == null ? "" : formatEuros(cents));

function age(birth: Date, now: Date): string {
  const [y, m, d] = parisToday(now).split("-").map(Number) as [number, number, number];
  const years = y - birth.getUTCFullYear() - (m < birth.getUTCMonth() + 1 || (m === birth.getUTCMonth() + 1 && d < birth.getUTCDate()) ? 1 : 0);
  return years < 1 ? "moins d'un an" : `${years} an${years > 1 ? "s" : ""}`;
}

function common(ctx: SourceContext, settings: LetterheadSettings, actor: Actor, now: Date) {
  const u = ctx.usager;
  const l = settings.letterhead;
  const signer = signatureOf(settings, actor);
  return {
    date: formatCalendarDate(new Date(`${parisToday(now)}T00:00:00Z`)),
    lieuDate: placeDateOf(settings, now),
    structure: {
      nom: l.nom, adresse: settings.adresse, codePostal: settings.codePostal, commune: settings.commune,
      telephone: l.telephone ?? "", email: l.email ?? "",
    },
    signataire: { nom: signer.nom, fonction: signer.fonction ?? "" },
    redacteur: { nom: `${actor.firstName} ${actor.lastName}`, fonction: ROLE_LABELS[actor.role] },
    usager: {
      civilite: u.civilite ? CIVILITE_LABELS[u.civilite] : "", prenom: u.prenom, nom: u.nom.toLocaleUpperCase("fr-FR"), nomComplet: personName(u),
      dateNaissance: day(u.dateNaissance), adresse: u.adresse ?? "", codePostal: u.codePostal ?? "", commune: u.commune ?? "",
      telephone: u.telephone ?? "", email: u.email ?? "", numeroDossier: u.numeroDossier, bailleur: u.bailleur ?? "",
      madame: u.civilite === "MADAME", monsieur: u.civilite === "MONSIEUR",
    },
    foyer: u.foyer.map((m) => ({
      prenom: m.prenom, nom: m.nom.toLocaleUpperCase("fr-FR"), dateNaissance: day(m.dateNaissance), lien: LIEN_FOYER_LABELS[m.lien], age: age(m.dateNaissance, now),
    })),
  };
}

function specific(ctx: SourceContext): Record<string, unknown> {
  if (ctx.aide) {
    const a = ctx.aide.aide;
    return {
      aide: {
        type: AIDE_TYPE_LABELS[a.type], objet: a.objet ?? "", montantDemande: euros(a.montantDemandeCents), montantAccorde: euros(a.montantAccordeCents),
        statut: AIDE_STATUS_LABELS[a.status], demandeLe: day(a.demandeLe), commissionLe: day(a.commissionLe), decisionLe: day(a.decisionLe),
        motif: a.motifRefus ?? "", modePaiement: a.modePaiement ? MODE_PAIEMENT_LABELS[a.modePaiement] : "", payeLe: day(a.payeLe),
        accordee: a.status === "ACCORDEE", refusee: a.status === "REFUSEE", ajournee: a.status === "AJOURNEE",
      },
    };
  }
  if (ctx.rdv) {
    const r = ctx.rdv;
    const start = rdvDayAndTime(r.debut);
    const u = ctx.usager;
    const address = [u.adresse, [u.codePostal, u.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;
    return {
      rdv: {
        date: start.date, jour: start.jour, heure: start.heure, heureFin: rdvDayAndTime(r.fin).heure, type: RDV_KIND_LABELS[r.kind], lieu: rdvPlace(r, address),
        travailleur: `${r.travailleur.firstName} ${r.travailleur.lastName}`, objet: r.objet ?? "", aDomicile: r.kind === "VISITE_A_DOMICILE", parTelephone: r.kind === "TELEPHONE",
      },
    };
  }
  if (ctx.orientation) {
    const o = ctx.orientation;
    return {
      orientation: {
        partenaire: o.partenaire.nom, organisme: o.partenaire.organisme ?? "", adresse: o.partenaire.adresse ?? "", codePostal: o.partenaire.codePostal ?? "",
        commune: o.partenaire.commune ?? "", motif: o.motif, date: day(o.date), consentementLe: day(o.consentementLe),
      },
    };
  }
  if (ctx.domiciliation) {
    const d = ctx.domiciliation;
    return {
      domiciliation: {
        statut: DOMICILIATION_STATUS_LABELS[d.status], demandeLe: day(d.demandeLe), decisionLe: day(d.decisionLe), debut: day(d.debut), finValidite: day(d.finValidite),
        motifRefus: d.motifRefus ? MOTIF_REFUS_LABELS[d.motifRefus] : "", finLe: day(d.finLe), motifFin: d.motifFin ? MOTIF_FIN_LABELS[d.motifFin] : "",
      },
    };
  }
  if (ctx.dette) {
    const { dette, dettes } = ctx.dette;
    const row = (x: { creancier: string; montantCents: number; mensualiteCents: number }) => ({ creancier: x.creancier, montant: euros(x.montantCents), mensualite: euros(x.mensualiteCents) });
    return { dette: row(dette), dettes: dettes.map(row) };
  }
  return {};
}

export function templateData(ctx: SourceContext, settings: LetterheadSettings, actor: Actor, now = new Date()): Record<string, unknown> {
  return { ...common(ctx, settings, actor, now), ...specific(ctx) };
}
