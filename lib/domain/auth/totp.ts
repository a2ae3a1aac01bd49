// RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app reads from a QR code),
// through the maintained `otpauth` library. One step of clock drift is tolerated each way.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_S = 30;
const ISSUER = "Passerelle";
const WINDOW = 1;

const totpFor = (secretBase32: string, label = "compte") =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secretBase32) });

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

export function totpStepAt(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_S, timestamp: now.getTime() });
}

/** The code an authenticator shows at `now` (tests and the e2e helper use it). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

/** "123 456" and "123456" are the same code; anything else is not a TOTP code. */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The time step the code belongs to, within the tolerated drift, or null. */
export function matchingTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : totpStepAt(now) + delta;
}
