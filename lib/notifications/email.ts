// The one mail module of the app: one SMTP transport (SMTP_URL), one sender, one way to log a
// failure. Without SMTP_URL nothing is sent and callers are told so (sendEmail returns false).
// A failure is logged with codes only (an SMTP error message may quote a recipient's address) and
// thrown as EmailNotSentError, whose message holds no address either; background sends
// (notifications) only log it, so the change that triggered them is never undone.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type EmailAttachment = { filename: string; content: Buffer; contentType: string };
/** `to` and/or `bcc` (a shared inbox is told in blind copy); `tag` names the mail in the logs. */
export type EmailMessage = { to?: string; bcc?: string[]; subject: string; text: string; attachments?: EmailAttachment[]; tag?: string };
export type EmailTransport = { sendMail(message: Omit<EmailMessage, "tag"> & { from: string }): Promise<unknown> };

export class EmailNotSentError extends Error {
  constructor(readonly code: string | null, readonly responseCode: number | null) {
    super(`E-mail not sent (${code ?? "unknown"}${responseCode ? ` ${responseCode}` : ""})`);
    this.name = "EmailNotSentError";
  }
}

// Short timeouts: a mail server that does not answer must not hold a request or a job for minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

let override: EmailTransport | null | undefined;
let smtp: EmailTransport | undefined;

/**
 * Tests point the module at a real SMTP server (an smtp:// URL, built exactly like SMTP_URL), or
 * at no server (null); undefined goes back to SMTP_URL.
 */
export function setEmailTransportForTests(transport: EmailTransport | string | null | undefined) {
  override = typeof transport === "string" ? createSmtpTransport(transport) : transport;
}

function createSmtpTransport(url: string): EmailTransport {
  return nodemailer.createTransport({ url, ...TIMEOUTS });
}

function transport(): EmailTransport | null {
  if (override !== undefined) return override;
  const url = env().SMTP_URL;
  if (!url) return null;
  smtp ??= createSmtpTransport(url);
  return smtp;
}

export const emailConfigured = () => transport() !== null;

/** The app's public address, without a trailing slash, for links in e-mails. */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

function sender(): string {
  return `Passerelle <ne-pas-repondre@${new URL(appUrl()).hostname}>`;
}

/** false when no SMTP is configured (nothing sent); throws EmailNotSentError when the server fails. */
export async function sendEmail(message: EmailMessage): Promise<boolean> {
  const t = transport();
  if (!t) return false;
  const { tag, ...mail } = message;
  if (!mail.to && !mail.bcc?.length) return false;
  try {
    await t.sendMail({ from: sender(), ...mail });
  } catch (error) {
    const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
    const code = typeof e.code === "string" ? e.code : null;
    const responseCode = typeof e.responseCode === "number" ? e.responseCode : null;
    log.error({ mail: tag ?? null, code, responseCode, kind: typeof e.name === "string" ? e.name : null }, "email_send_failed");
    throw new EmailNotSentError(code, responseCode);
  }
  log.info({ mail: tag ?? null, recipients: (mail.to ? 1 : 0) + (mail.bcc?.length ?? 0) }, "email_sent");
  return true;
}

const pending = new Set<Promise<void>>();

/**
 * Sends in the background, after the caller's commit: `build` looks up the recipients and returns
 * the message (or null). Without SMTP nothing runs, not even the look-ups; a failure is only logged.
 */
export function sendEmailLater(build: () => Promise<EmailMessage | null>) {
  if (!emailConfigured()) return;
  const run: Promise<void> = build()
    .then((message) => (message ? sendEmail(message) : false))
    .then(() => undefined, (error: unknown) => {
      // sendEmail already logged an SMTP failure; anything else (a look-up) is logged here, by kind.
      if (!(error instanceof EmailNotSentError)) log.error({ kind: error instanceof Error ? error.name : null }, "email_build_failed");
    })
    .finally(() => pending.delete(run));
  pending.add(run);
}

/** Waits for the background e-mails under way (tests, and a graceful shutdown). */
export async function flushEmails() {
  await Promise.all([...pending]);
}
