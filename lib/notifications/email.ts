// E-mail to the people helped, through SMTP when SMTP_URL is set (the same nodemailer transport
// as the fiches' notifications); without it, no e-mail is sent and callers are told so.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type EmailAttachment = { filename: string; content: Buffer; contentType: string };
export type EmailMessage = { to: string; subject: string; text: string; attachments?: EmailAttachment[] };
export type EmailTransport = { sendMail(message: EmailMessage & { from: string }): Promise<unknown> };

let override: EmailTransport | null | undefined;
let smtp: EmailTransport | undefined;

/** Tests inject a transport (e.g. nodemailer's jsonTransport); undefined goes back to SMTP_URL. */
export function setEmailTransportForTests(transport: EmailTransport | null | undefined) {
  override = transport;
}

function transport(): EmailTransport | null {
  if (override !== undefined) return override;
  const url = env().SMTP_URL;
  if (!url) return null;
  smtp ??= nodemailer.createTransport(url);
  return smtp;
}

export const emailConfigured = () => transport() !== null;

function sender(): string {
  const e = env();
  const base = e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000";
  return `Passerelle <ne-pas-repondre@${new URL(base).hostname}>`;
}

/** false when no SMTP is configured (nothing sent). */
export async function sendEmail(message: EmailMessage): Promise<boolean> {
  const t = transport();
  if (!t) return false;
  await t.sendMail({ from: sender(), ...message });
  return true;
}
