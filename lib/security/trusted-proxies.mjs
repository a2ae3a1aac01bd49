// Which address is the client's (issue 23, finding 2). Plain JavaScript: the same code runs in
// the preload that rewrites every request at the socket (scripts/lib/client-ip-preload.mjs,
// before Next.js sees it) and in lib/env.ts, which checks the setting.
//
// TRUSTED_PROXIES: unset or empty = no proxy is trusted, the client is the socket's address and
// any X-Forwarded-For sent by the client is ignored. A number N = N reverse proxies in front
// (the N-th address from the right of "X-Forwarded-For, socket"). A comma-separated list of
// addresses or CIDR blocks = the proxies trusted: from the socket leftwards, the first address
// that is not one of them is the client.
import { isIP } from "node:net";

/** Header set by the preload, the only one the app reads for the client's address. */
export const CLIENT_IP_HEADER = "x-passerelle-client-ip";

const normalise = (ip) => {
  const s = String(ip).trim().replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  return mapped ? mapped[1] : s;
};

function toBits(ip) {
  if (isIP(ip) === 4) return { v: 4, bits: ip.split(".").map((p) => Number(p).toString(2).padStart(8, "0")).join("") };
  if (isIP(ip) === 6) {
    let [head, tail] = ip.includes("::") ? ip.split("::") : [ip, null];
    let h = head ? head.split(":") : [];
    let t = tail ? tail.split(":") : [];
    const v4 = (t.length ? t : h).at(-1)?.includes(".") ? (t.length ? t : h).pop() : null;
    const v4groups = v4 ? v4.split(".").map(Number).reduce((acc, n, i) => (i % 2 ? (acc[acc.length - 1] = acc.at(-1) * 256 + n, acc) : [...acc, n]), []).map((n) => n.toString(16)) : [];
    if (v4) (tail != null ? t : h).push(...v4groups);
    const groups = tail == null ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
    return { v: 6, bits: groups.map((g) => parseInt(g || "0", 16).toString(2).padStart(16, "0")).join("") };
  }
  return null;
}

/** The setting parsed; throws a French message when it is not valid. */
export function parseTrustedProxies(value) {
  const raw = (value ?? "").trim();
  if (raw === "") return { kind: "none" };
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new Error("TRUSTED_PROXIES : au plus 10 relais");
    return hops === 0 ? { kind: "none" } : { kind: "hops", hops };
  }
  const blocks = raw.split(",").map((part) => {
    const [addr, len] = part.trim().split("/");
    const bits = toBits(normalise(addr ?? ""));
    const max = bits?.v === 4 ? 32 : 128;
    const prefix = len === undefined ? max : Number(len);
    if (!bits || !/^\d*$/.test(len ?? "") || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`TRUSTED_PROXIES : « ${part.trim()} » n'est ni une adresse IP, ni un bloc CIDR, ni un nombre de relais`);
    }
    return { v: bits.v, prefix: bits.bits.slice(0, prefix) };
  });
  return { kind: "list", blocks };
}

const trusts = (config, ip) => {
  const bits = toBits(ip);
  return !!bits && config.blocks.some((b) => b.v === bits.v && bits.bits.startsWith(b.prefix));
};

/**
 * The client's address from the socket's and the X-Forwarded-For header (string, list of
 * strings or undefined), under the parsed setting. null when nothing usable is there.
 */
export function resolveClientIp(socketAddress, forwardedFor, config) {
  const socket = socketAddress ? normalise(socketAddress) : null;
  if (config.kind === "none" || !socket) return socket && isIP(socket) ? socket : null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map(normalise).filter((s) => s !== ""), socket];
  let client;
  if (config.kind === "hops") client = chain[Math.max(0, chain.length - 1 - config.hops)];
  else {
    let i = chain.length - 1;
    while (i > 0 && trusts(config, chain[i])) i--;
    client = chain[i];
  }
  return client && isIP(client) ? client : null;
}
