// Structured JSON logs. Never log personal data: ids and event names only.
import pino from "pino";
import { env } from "./env";

export const log = pino({
  level: env().LOG_LEVEL,
  base: { app: "passerelle" },
  redact: { paths: ["email", "password", "*.email", "*.password"], remove: true },
});
