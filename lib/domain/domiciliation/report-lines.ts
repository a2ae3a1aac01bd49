// The annual report's figures and their French lines, shared by the XLSX and the PDF.
export type ReasonCount = { motif: string; nombre: number };
export type DomiciliationReport = {
  annee: number;
  structure: string;
  enVigueur31Decembre: number;
  personnesDomiciliees31Decembre: number;
  demandesRecues: number;
  accordees: number;
  renouvelees: number;
  refusees: number;
  terminees: number;
  motifsRefus: ReasonCount[];
  motifsFin: ReasonCount[];
};

/** The report's lines, shared by the XLSX and the PDF. */
export function reportLines(r: DomiciliationReport): [string, number][] {
  return [
    ["Domiciliations en vigueur au 31 décembre", r.enVigueur31Decembre],
    ["Personnes domiciliées au 31 décembre (ayants droit compris)", r.personnesDomiciliees31Decembre],
    ["Demandes reçues dans l'année", r.demandesRecues],
    ["Élections de domicile accordées dans l'année", r.accordees],
    ["Renouvellements dans l'année", r.renouvelees],
    ["Refus dans l'année", r.refusees],
    ["Fins de domiciliation dans l'année", r.terminees],
  ];
}
