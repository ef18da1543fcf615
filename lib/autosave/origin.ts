// A cookie-authenticated POST from another site must not save text (CSRF).
// Browsers send Origin with every POST, sendBeacon's included; it must name
// the host the request came to.

export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  // Behind a proxy the original host arrives forwarded.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
