// The limits, in one place (docs/security.md lists them). Counted in PostgreSQL, so they hold
// across every app instance.
import type { RatePolicy } from "./counter";

const MINUTE = 60_000;

/**
 * Failed sign-ins from one address. Generous, because a whole CCAS often signs in from one
 * public address behind its router, on top of the per-account lockout (5 failures).
 */
export const SIGN_IN_FAILURES_PER_IP: RatePolicy = { name: "connexion-ip", limit: 30, windowMs: 15 * MINUTE };

/** Failed sign-ins for one e-mail address, known or not, whatever the address they come from. */
export const SIGN_IN_FAILURES_PER_EMAIL: RatePolicy = { name: "connexion-email", limit: 20, windowMs: 60 * MINUTE };

/** Exports and generated documents per user (right-of-access exports, courriers, notices…). */
export const DOWNLOADS_PER_USER: RatePolicy = { name: "telechargement", limit: 30, windowMs: 10 * MINUTE };

/**
 * Dossier openings per user (pages and RSC requests of /usagers/<id>…): a stolen session or a
 * script cannot read the whole caseload page by page. The limit is the DOSSIER_OPENINGS_LIMIT
 * setting (default 120 per 10 minutes).
 */
export const dossierOpeningsPerUser = (limit = 120): RatePolicy => ({ name: "ouverture-dossier", limit, windowMs: 10 * MINUTE });

/** Public signalements sent from one address (issue 22): a citizen sends one, rarely two. */
export const SIGNALEMENTS_PER_IP: RatePolicy = { name: "signalement-ip", limit: 5, windowMs: 10 * MINUTE };

/**
 * Public signalements a structure receives from everyone, so that a flood from many addresses
 * (or without a known address) cannot bury the maraude's inbox.
 */
export const SIGNALEMENTS_PER_STRUCTURE: RatePolicy = { name: "signalement-structure", limit: 100, windowMs: 60 * MINUTE };

/**
 * Fetches of one agenda feed (issue 25): a calendar polls every 15 minutes to every hour; a
 * feed asked more often is a script. Counted per token hash, and per address for guessed tokens.
 */
export const AGENDA_FEED_PER_TOKEN: RatePolicy = { name: "flux-agenda", limit: 30, windowMs: 60 * MINUTE };
export const AGENDA_FEED_PER_IP: RatePolicy = { name: "flux-agenda-ip", limit: 120, windowMs: 60 * MINUTE };
