// A reader page that finds nothing answers 404 with a real page: masthead,
// message, search box. Next's notFound() cannot give that to a reader
// without JavaScript — its 404 document is an empty shell whose content
// arrives only in the script-borne RSC payload, which reader pages drop
// (docs/decisions/0029). So such a page renders its message itself and
// carries this marker, and the front server answers it with a 404.
//
// The marker is an element React writes; text and attributes are escaped
// and rich bodies are sanitised to an allowlist without <meta>, so no
// article can forge it.
export const NOT_FOUND_META = { name: "copydesk-status", content: "404" } as const;

const MARKER = new RegExp(`<meta\\b[^>]*\\bname="${NOT_FOUND_META.name}"[^>]*\\bcontent="404"`, "i");

/** The status a finished reader page asks for: 404 when it carries the marker, else none. */
export function markedStatus(html: string): 404 | null {
  return MARKER.test(html) ? 404 : null;
}
