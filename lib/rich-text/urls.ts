// Which addresses the body may hold. Checked in the editor, in the zod
// schema and again by the sanitiser when the HTML is drawn.

// Control characters and whitespace inside a scheme ("jav\tascript:") are
// dropped by browsers, so they are dropped here before the scheme is read.
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/** http, https and mailto links, and addresses on this site ("/…", not "//…"). */
export function isSafeHref(url: string): boolean {
  const bare = url.replace(IGNORED, "");
  if (bare.startsWith("/")) return !bare.startsWith("//") && !bare.startsWith("/\\");
  return /^(https?:\/\/|mailto:)/i.test(bare);
}

/** A picture: http(s) or a path on this site (our /media/… URLs); never data: or javascript:. */
export function isSafeImageSrc(url: string): boolean {
  const bare = url.replace(IGNORED, "");
  if (bare.startsWith("/")) return !bare.startsWith("//") && !bare.startsWith("/\\");
  return /^https?:\/\//i.test(bare);
}
