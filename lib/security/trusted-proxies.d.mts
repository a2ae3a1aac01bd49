export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; blocks: { v: 4 | 6; prefix: string }[] };
export const CLIENT_IP_HEADER: "x-passerelle-client-ip";
export function parseTrustedProxies(value: string | undefined | null): TrustedProxies;
export function resolveClientIp(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined, config: TrustedProxies): string | null;
