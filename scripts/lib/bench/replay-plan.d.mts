export type CapturedStatement = { seq: number; conn: number; t0: number; t1: number; text: string; values?: unknown[]; error?: string };
export type Statement = { text: string; values: unknown[] };
export type Unit = { transaction: boolean; statements: Statement[]; end?: "COMMIT" | "ROLLBACK"; t0: number; t1: number };
export type ReplayPlan = { waves: Unit[][]; statements: number; transactions: number; failed: number; sqlMs: number };
export function decodeValue(value: unknown): unknown;
export function toUnits(entries: CapturedStatement[]): { units: Unit[]; failed: number };
export function toWaves<T extends { t0: number; t1: number }>(units: T[]): T[][];
export function planReplay(entries: CapturedStatement[]): ReplayPlan;
