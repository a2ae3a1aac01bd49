export function percentile(samples: number[], p: number): number | null;
export function ms(value: number | null | undefined): string;
