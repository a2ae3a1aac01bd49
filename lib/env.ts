// The only reader of process.env: every setting is checked once, with a French message.
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/security/trusted-proxies.mjs";
import { ZOidcProviders } from "@/lib/oidc-config";

/** An optional setting left empty in a .env file counts as unset. */
const blankAsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const ZEnv = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL doit être une URL postgresql://…"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET doit faire au moins 32 caractères"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Outgoing mail for fiche de liaison notifications; unset: no e-mail is sent. */
  SMTP_URL: blankAsUnset(z.string().url("SMTP_URL doit être une URL smtp:// ou smtps://…").refine((v) => /^smtps?:\/\//.test(v), "SMTP_URL doit commencer par smtp:// ou smtps://")),
  /** Public address used in links sent by e-mail; defaults to NEXTAUTH_URL. */
  APP_URL: blankAsUnset(z.string().url("APP_URL doit être une URL http(s)://…")),
  /** Pièces jointes: the local folder (default .data/documents), or an S3-compatible bucket when S3_BUCKET is set. */
  DOCUMENTS_DIR: blankAsUnset(z.string()),
  S3_ENDPOINT: blankAsUnset(z.string().url("S3_ENDPOINT doit être une URL https://…")),
  S3_REGION: blankAsUnset(z.string()),
  S3_BUCKET: blankAsUnset(z.string().min(3, "S3_BUCKET : nom de compartiment invalide")),
  S3_ACCESS_KEY_ID: blankAsUnset(z.string()),
  S3_SECRET_ACCESS_KEY: blankAsUnset(z.string()),
  /** MinIO and most self-hosted servers need path-style URLs (https://host/bucket/key). */
  S3_FORCE_PATH_STYLE: blankAsUnset(z.enum(["true", "false"], { error: "S3_FORCE_PATH_STYLE : true ou false" })),
  /** LibreOffice's command, to turn the structure's DOCX templates into PDF (default: soffice, then libreoffice, from PATH). */
  SOFFICE_PATH: blankAsUnset(z.string()),
  /** "off" keeps this instance out of the scheduled jobs (the other instances still run them). */
  SCHEDULED_JOBS: blankAsUnset(z.enum(["on", "off"], { error: "SCHEDULED_JOBS : on ou off" })),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses/CIDR blocks, or a hop count; unset: none (the socket's address). */
  TRUSTED_PROXIES: blankAsUnset(z.string().superRefine((v, ctx) => {
    try {
      parseTrustedProxies(v);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: e instanceof Error ? e.message : String(e) });
    }
  })),
  /** Dossier openings allowed per user in 10 minutes (default 120); beyond, a 429 and an alert in the journal. */
  DOSSIER_OPENINGS_LIMIT: blankAsUnset(z.coerce.number({ error: "DOSSIER_OPENINGS_LIMIT : un nombre entier" }).int("DOSSIER_OPENINGS_LIMIT : un nombre entier").min(10, "DOSSIER_OPENINGS_LIMIT : au moins 10")),
  /** OpenID Connect providers (ProConnect, a Keycloak…): a JSON array, see .env.example and docs/deployment.md. */
  OIDC_PROVIDERS: blankAsUnset(ZOidcProviders),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Configuration invalide : ${details}`);
  }
  cached = parsed.data;
  return cached;
}
