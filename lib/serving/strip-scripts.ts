// Reader pages are served under a policy that runs no script (see
// content-security.ts), so the framework's scripts in them would only cost
// bytes and fill the console with refusals. This takes them out of the HTML.
//
// A literal "<script" can only be a real tag here: React escapes "<" in text
// and attributes, and the rich-text body is sanitised to an allowlist. JSON-LD
// blocks are data for search engines, never run, and stay.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi;

export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string) => (/\btype="application\/ld\+json"/i.test(attributes) ? tag : ""))
    .replace(SCRIPT_PRELOAD, "");
}
