export function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort: number;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Restart the postmaster when it dies (npm start); each event is given to `say`. */
  supervise?: { say?: (line: string) => void };
  /** More `-c name=value` server settings. */
  settings?: Record<string, string>;
}): Promise<{ port: number; url: (database: string) => string; stop: () => Promise<void>; pid: () => number | null }>;
export function ensureDatabase(adminUrl: string, database: string): Promise<void>;
export function dropDatabase(adminUrl: string, database: string): Promise<void>;
export function withDatabase(url: string, database: string): string;
export function findFreePort(preferred: number): Promise<number>;
export const THROWAWAY_SETTINGS: Record<string, string>;
