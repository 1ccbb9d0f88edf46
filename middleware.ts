import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy } from "@/lib/security-headers";

// Routing and redirects only. Whether a request may see anything is decided by the page, action or route
// handler itself (getCurrentUser / defineAction); this file never authorises.
const intl = createIntlMiddleware(routing);
const PUBLIC_PAGES = /^\/(fr|en)\/(login|forgot-password|reset-password|registration)(\/|$)/;
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Not pages: the API and the root's own files (/icon.svg, /favicon.ico). They get the headers but no locale.
const API = /^\/api(\/|$)/;
const ROOT_FILE = /^\/[^/]+\.[^/]+$/;

export default function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (API.test(pathname)) return withSecurityHeaders(NextResponse.next(), csp, true);
  if (ROOT_FILE.test(pathname)) return withSecurityHeaders(NextResponse.next(), csp, false);

  const locale = /^\/(fr|en)(\/|$)/.exec(pathname)?.[1];
  const hasSession = SESSION_COOKIES.some((name) => req.cookies.has(name));
  if (locale && !hasSession && !PUBLIC_PAGES.test(pathname)) {
    const url = new URL(`/${locale}/login`, req.url);
    if (pathname !== `/${locale}` && pathname !== `/${locale}/`) url.searchParams.set("callbackUrl", pathname + search);
    return withSecurityHeaders(NextResponse.redirect(url), csp, true);
  }
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = intl(new NextRequest(req, { headers }));
  return withSecurityHeaders(response, csp, true);
}

function withSecurityHeaders(response: NextResponse, csp: string, noStore: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  if (noStore) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

// Every address but Next's own hashed files, which next.config.ts's static headers cover: dotted pages
// (/fr/foo.bar) used to slip past a `.*\..*` exclusion with no CSP at all.
export const config = { matcher: "/((?!_next/).*)" };
