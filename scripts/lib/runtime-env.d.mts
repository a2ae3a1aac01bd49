export function buildInputsHash(root?: string): string;
export function buildIsStale(root?: string): boolean;
export function recordBuild(inputsHash: string, root?: string): void;
