// Loaded with `node --import` before Next.js (scripts/start.mjs, scripts/test.mjs): every request
// gets, at the socket, the client's address in x-passerelle-client-ip (and as the only
// X-Forwarded-For value), computed from the socket's address and TRUSTED_PROXIES. A header of
// that name sent by the client is overwritten; an X-Forwarded-For from an untrusted peer is
// ignored (issue 23, finding 2). It also drains connections on SIGTERM (graceful-drain.mjs).
import http from "node:http";
import { CLIENT_IP_HEADER, parseTrustedProxies, resolveClientIp } from "../../lib/security/trusted-proxies.mjs";
import { installGracefulDrain, onServerEvent } from "./graceful-drain.mjs";

installGracefulDrain();

const config = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  onServerEvent(this, event, rest[0]);
  if (event === "request" && req?.headers) {
    const ip = resolveClientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"], config);
    delete req.headers["x-real-ip"];
    if (ip) {
      req.headers[CLIENT_IP_HEADER] = ip;
      req.headers["x-forwarded-for"] = ip;
    } else {
      delete req.headers[CLIENT_IP_HEADER];
      delete req.headers["x-forwarded-for"];
    }
  }
  return emit.call(this, event, req, ...rest);
};
