export function startEmbeddedPostgres(options: { dataDir: string; preferredPort: number; persistent?: boolean; log?: (line: string) => void; settings?: Record<string, string> }): Promise<{ port: number; url: (database: string) => string; stop: () => Promise<void> }>;
export function ensureDatabase(adminUrl: string, database: string): Promise<void>;
export function dropDatabase(adminUrl: string, database: string): Promise<void>;
export function withDatabase(url: string, database: string): string;
export function findFreePort(preferred: number): Promise<number>;
export const THROWAWAY_SETTINGS: Record<string, string>;
