// The signed-in user as every rule and domain function sees it: loaded from the database on
// each request, so a changed role or a disabled account takes effect at once.
export const ROLES = ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Actor = {
  id: string;
  role: Role;
  structureId: string;
  siteId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  mustChangePassword: boolean;
  /** An account that must have a second factor (ADMIN) and has none yet: enrolment first. */
  mustEnrolTotp?: boolean;
  /** Member of the structure's maraude team (set by the RESPONSABLE): sees the signalements. */
  maraude?: boolean;
  /** The server-side session this request came with (ended sessions: see changeOwnPassword). */
  sessionId?: string;
  /** Client address for the audit log (X-Forwarded-For behind the reverse proxy). */
  ip: string | null;
};

export const ROLE_LABELS: Record<Role, string> = {
  AGENT: "Agent d'accueil",
  TRAVAILLEUR_SOCIAL: "Travailleur social",
  RESPONSABLE: "Responsable",
  ADMIN: "Administrateur",
};
