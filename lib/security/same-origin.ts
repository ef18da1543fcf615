// Cross-site request forgery: a page on another site makes the reader's
// browser send a state-changing request here, with the reader's cookies.
// Browsers say where such a request comes from: `Origin` on every POST (and
// every other non-GET), and `Sec-Fetch-Site` on nearly everything. This
// module reads those two headers and nothing else, so it is the same check
// for server actions (proxy.ts) and route handlers.

/** Methods that never change state here (route handlers and pages only read on them). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type CrossSiteVerdict = "same-site" | "foreign-origin" | "cross-site-fetch" | "no-origin";

interface HeaderSource {
  get(name: string): string | null;
}

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * The hosts this request may come from: the one it was sent to and, behind
 * a proxy, the one the proxy received (X-Forwarded-Host). Trusting the
 * forwarded header cannot let a foreign page through: a browser will not
 * send a custom header on a cross-site request without a CORS preflight,
 * which this app never grants, and a form cannot set headers at all.
 */
function ownHosts(headers: HeaderSource): string[] {
  const hosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]];
  return hosts.map((h) => h?.trim().toLowerCase()).filter((h): h is string => !!h);
}

/**
 * Whether a request must be refused as cross-site. A safe method never is
 * (nothing changes on GET). Otherwise:
 * - an Origin is present: it must name one of this request's own hosts
 *   ("null", sent by sandboxed frames and some redirects, names none);
 * - no Origin: refused when the browser says `Sec-Fetch-Site: cross-site`.
 *   Without either header the client is not a browser acting for a
 *   foreign page (curl, the scheduler's own call), which CSRF is not about;
 *   `requireOrigin` refuses it all the same, for a route only the app's own
 *   pages call (they always send an Origin: fetch and sendBeacon both do).
 */
export function crossSiteVerdict(method: string, headers: HeaderSource, options: { requireOrigin?: boolean } = {}): CrossSiteVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return "same-site";
  const origin = headers.get("origin");
  if (origin !== null) {
    const host = hostOf(origin);
    return host && ownHosts(headers).includes(host) ? "same-site" : "foreign-origin";
  }
  if (headers.get("sec-fetch-site")?.trim().toLowerCase() === "cross-site") return "cross-site-fetch";
  return options.requireOrigin ? "no-origin" : "same-site";
}

export const isCrossSite = (method: string, headers: HeaderSource): boolean => crossSiteVerdict(method, headers) !== "same-site";
