// The dashboard, section by section, in order. A feature adds its section with one line here
// (a component taking SectionProps that calls its own xxxDashboardFigures(actor, filter)).
import type { ComponentType } from "react";
import type { SectionProps } from "./section-props";
import { AidesSection, CaseloadSection, FichesSection, OrientationsSection, UsagersSection } from "./core-sections";
import { AccueilSection, AgendaSection, AteliersSection, DomiciliationSection } from "./feature-sections";
import { SignalementsSection } from "@/components/signalements/dashboard-section";

export const DASHBOARD_SECTIONS: ComponentType<SectionProps>[] = [
  CaseloadSection,
  FichesSection,
  OrientationsSection,
  AidesSection,
  UsagersSection,
  AgendaSection,
  AteliersSection,
  DomiciliationSection,
  SignalementsSection,
  AccueilSection,
];
