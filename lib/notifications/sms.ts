// SMS to the people helped, behind a provider interface. The default provider writes to the log
// (development, and deployments without a contract with an SMS operator); a real operator plugs
// in with setSmsProvider at start-up. Numbers are masked in the log (personal data).
import { log } from "@/lib/log";

export interface SmsProvider {
  readonly name: string;
  send(message: { to: string; text: string }): Promise<void>;
}

/** "06 12 34 56 78" → "06 •• •• •• 78". */
export const maskPhone = (to: string) => {
  const digits = to.replace(/\D/g, "");
  return digits.length < 4 ? "••" : `${digits.slice(0, 2)} •• •• •• ${digits.slice(-2)}`;
};

export class ConsoleSmsProvider implements SmsProvider {
  readonly name = "console";
  async send(message: { to: string; text: string }) {
    log.info({ to: maskPhone(message.to), text: message.text }, "sms_console");
  }
}

let provider: SmsProvider = new ConsoleSmsProvider();

export function setSmsProvider(next: SmsProvider | null) {
  provider = next ?? new ConsoleSmsProvider();
}

export function smsProvider(): SmsProvider {
  return provider;
}
