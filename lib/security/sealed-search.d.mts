export function sealSearch(input: { secret: string; userId: string; q: string; ttlMs: number; now?: number }): string;
export function openSearch(input: { secret: string; userId: string; token: string | undefined | null; now?: number }): string | null;
