// Two Content-Security-Policies, chosen by path in proxy.ts.
//
// Staff pages (the desk and the sign-in page) are rendered per request and
// need React: their scripts carry a fresh nonce and nothing else may run.
//
// Reader pages are cached HTML, the same bytes for every visitor, so no
// per-request nonce can be in them, and a hash of "every inline script"
// would also bless one a stored payload slipped in. Nothing on a reader page
// needs JavaScript (links, the search form and the language buttons work as
// plain HTML), so their policy allows no script at all and the front server
// (lib/serving/front-server.ts) leaves the framework's scripts out.

import { isDevelopment } from "@/lib/env";

const STAFF_PREFIXES = ["/desk", "/login"];

/** `path` without its language prefix, e.g. "/desk/review" or "/articles/x". */
export function isStaffPath(path: string): boolean {
  return STAFF_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

// connect-src 'self' rather than 'none': with no script allowed nothing on
// the page can connect anywhere, and Chromium applies connect-src to the
// tools that read a page (Lighthouse fetches robots.txt through the page
// and reports it missing under 'none').
export const READER_POLICY = [...common, "script-src 'none'", "img-src 'self' data:", "connect-src 'self'"].join("; ");

export function staffPolicy(nonce: string, development = isDevelopment()): string {
  // Development builds evaluate source maps and hot updates with eval.
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return [...common, script, "img-src 'self' data: blob:", "connect-src 'self'"].join("; ");
}

/** A policy that forbids every script: its pages need none of theirs. */
export const forbidsScripts = (policy: string | null | undefined) => !!policy && /(^|;)\s*script-src 'none'/.test(policy);

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
