// A cookie-authenticated autosave from another site must not save text
// (CSRF). The check is the app's one cross-site rule (lib/security/
// same-origin.ts), made stricter here: browsers send Origin with every POST,
// sendBeacon's included, so an autosave without one is refused too.
import { crossSiteVerdict } from "@/lib/security/same-origin";

export function isSameOrigin(headers: Headers): boolean {
  return headers.get("origin") !== null && crossSiteVerdict("POST", headers) === "same-site";
}
