import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, newNonce } from "@/lib/security/csp";
import { hasNulCharacter } from "@/lib/security/nul";

// Adds the per-request CSP nonce (Next reads it from the request's policy header and puts it
// on its own scripts) and HSTS over HTTPS. Authorisation never happens here: every page, action
// and route handler checks the session and permission itself.
export function proxy(request: NextRequest) {
  // PostgreSQL text cannot hold a NUL character, so a URL carrying one could only end in a
  // database error (found by the scanners in search and filter parameters): refused up front.
  if (hasNulCharacter(request.url)) return new NextResponse(null, { status: 400 });
  const nonce = newNonce();
  const policy = buildCsp(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  // Pages and their data requests; static assets need no nonce. Evidence files are left alone:
  // their route sends its own sandboxing policy (which this one would replace), and uploads of up
  // to 20 MB must not be buffered and cut off here.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico|api/attachments).*)" }],
};
