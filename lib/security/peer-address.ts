import http from "node:http";

/** Header carrying the TCP peer's address, set by this process and never trusted from outside. */
export const PEER_HEADER = "x-peer-address";

/**
 * Next's server fills X-Forwarded-For from the socket only when a request has none, so a client
 * can claim any address. Stamp every incoming request with the real socket address (replacing any
 * value the client sent) before Next sees it; clientIpFromHeaders decides from there.
 */
export function installPeerAddressHeader(): void {
  const marker = Symbol.for("party-work-desk.peer-address");
  const prototype = http.Server.prototype as http.Server & { [marker]?: boolean };
  if (prototype[marker]) return;
  prototype[marker] = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
