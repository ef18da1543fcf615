// Stored-XSS payloads for e2e/stored-xss.spec.ts. Each one, if it ever ran,
// would report itself by number through one of three canaries the spec
// watches: window.__xss(n) (exposed by Playwright), a dialog (alert,
// confirm, prompt), or a request to http://xss.canary/<n> (caught by
// page.route). `{n}` is replaced by the payload's number.
//
// Kept short on purpose: the short fields (a byline name holds 50
// characters) carry every payload that fits.

import { SIZES, TEST_SEED } from "@/lib/testing/size";

export const CANARY_HOST = "xss.canary";

const TEMPLATES: { family: string; payload: string }[] = [
  // Script tags and their spellings.
  { family: "script", payload: "<script>__xss({n})</script>" },
  { family: "script", payload: "<SCRIPT>__xss({n})</SCRIPT>" },
  { family: "script", payload: '"><script>__xss({n})</script>' },
  { family: "script", payload: "</title><script>__xss({n})</script>" },
  { family: "script", payload: "</textarea><script>__xss({n})</script>" },
  { family: "script", payload: "<script src=//xss.canary/{n}></script>" },
  { family: "script", payload: "';__xss({n});//" },
  { family: "script", payload: '</script><script>__xss({n})</script>' },
  // Event handlers.
  { family: "handler", payload: "<img src=x onerror=__xss({n})>" },
  { family: "handler", payload: "<svg onload=__xss({n})>" },
  { family: "handler", payload: "<body onload=__xss({n})>" },
  { family: "handler", payload: "<input autofocus onfocus=__xss({n})>" },
  { family: "handler", payload: "<details open ontoggle=__xss({n})>" },
  { family: "handler", payload: "<video><source onerror=__xss({n})>" },
  { family: "handler", payload: "<audio src=x onerror=alert({n})>" },
  { family: "handler", payload: '" onmouseover="__xss({n})" x="' },
  { family: "handler", payload: "' autofocus onfocus='__xss({n})" },
  { family: "handler", payload: "<marquee onstart=__xss({n})>" },
  // javascript: links and their encodings.
  { family: "javascript-url", payload: '<a href="javascript:__xss({n})">x</a>' },
  { family: "javascript-url", payload: '<a href="JaVaScRiPt:__xss({n})">x</a>' },
  { family: "javascript-url", payload: '<a href="&#106;avascript:__xss({n})">x</a>' },
  { family: "javascript-url", payload: '<a href="jav&#x09;ascript:__xss({n})">x</a>' },
  { family: "javascript-url", payload: '<a href=" javascript:__xss({n})">x</a>' },
  { family: "javascript-url", payload: "javascript:__xss({n})" },
  { family: "javascript-url", payload: '<a href="data:text/html,<script>__xss({n})</script>">x</a>' },
  { family: "javascript-url", payload: '<form action="javascript:__xss({n})"><button>x' },
  // SVG and MathML.
  { family: "svg", payload: "<svg><script>__xss({n})</script></svg>" },
  { family: "svg", payload: "<svg><a href=javascript:__xss({n})><text>x</text></a></svg>" },
  { family: "svg", payload: '<svg><animate onbegin=__xss({n}) attributeName=x dur=1s>' },
  { family: "math", payload: '<math><mtext><table><mglyph><style><img src=x onerror=__xss({n})>' },
  { family: "math", payload: '<math href="javascript:__xss({n})">x</math>' },
  // Frames, base, meta, objects.
  { family: "frame", payload: '<iframe srcdoc="<script>parent.__xss({n})</script>">' },
  { family: "frame", payload: "<iframe src=javascript:__xss({n})>" },
  { family: "frame", payload: '<object data="javascript:__xss({n})">' },
  { family: "frame", payload: '<embed src="javascript:__xss({n})">' },
  { family: "base", payload: '<base href="http://xss.canary/{n}/">' },
  { family: "meta", payload: '<meta http-equiv=refresh content="0;url=http://xss.canary/{n}">' },
  { family: "link", payload: "<link rel=stylesheet href=//xss.canary/{n}>" },
  // CSS.
  { family: "css", payload: "<style>@import '//xss.canary/{n}';</style>" },
  { family: "css", payload: '<div style="background:url(//xss.canary/{n})">x</div>' },
  { family: "css", payload: '<div style="width:expression(__xss({n}))">x</div>' },
  { family: "css", payload: "<style>*{background:url(javascript:__xss({n}))}</style>" },
  { family: "css", payload: '<p style="x:url(&quot;//xss.canary/{n}&quot;)">x</p>' },
  // Mutation XSS: markup that a parser re-reads differently on its second pass.
  { family: "mutation", payload: '<noscript><p title="</noscript><img src=x onerror=__xss({n})>">' },
  { family: "mutation", payload: "<svg><style><img src=x onerror=__xss({n})>" },
  { family: "mutation", payload: "<svg></p><style><a title=\"</style><img src=x onerror=__xss({n})>\">" },
  { family: "mutation", payload: '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=__xss({n})>' },
  { family: "mutation", payload: "<template><img src=x onerror=__xss({n})></template>" },
  { family: "mutation", payload: '<!--<img src="--><img src=x onerror=__xss({n})>">' },
  { family: "mutation", payload: "<textarea><img src=x onerror=__xss({n})></textarea>" },
  // Encoded variants.
  { family: "encoded", payload: "&lt;img src=x onerror=__xss({n})&gt;" },
  { family: "encoded", payload: "%3Cscript%3E__xss({n})%3C/script%3E" },
  { family: "encoded", payload: "\\u003cimg src=x onerror=__xss({n})\\u003e" },
  { family: "encoded", payload: "<img src=x onerror=&#95;&#95;xss({n})>" },
  { family: "encoded", payload: "＜script＞__xss({n})＜/script＞" },
  { family: "encoded", payload: "${__xss({n})}{{constructor.constructor('__xss({n})')()}}" },
];

export interface Payload {
  n: number;
  family: string;
  text: string;
}

export const CORPUS: Payload[] = TEMPLATES.map((t, i) => ({ n: i + 1, family: t.family, text: t.payload.replaceAll("{n}", String(i + 1)) }));

/**
 * What a run stores in every field: the whole corpus at full size; at CI
 * size one payload of each family, chosen by the run's seed, so that
 * successive runs go through the whole corpus (lib/testing/size.ts).
 */
export const PAYLOADS: Payload[] = fitting(Infinity);

/** The payloads a field of at most `max` characters gets: at CI size one of each family among those that fit. */
function fitting(max: number): Payload[] {
  const fit = CORPUS.filter((p) => p.text.length <= max);
  return SIZES.xssCorpus === "all" ? fit : onePerFamily(fit, TEST_SEED);
}

function onePerFamily(corpus: Payload[], seed: number): Payload[] {
  const families = [...new Set(corpus.map((p) => p.family))];
  return families.map((family, i) => {
    const members = corpus.filter((p) => p.family === family);
    return members[(seed + i * 7) % members.length]!;
  });
}

/**
 * Payloads packed into pieces of at most `max` characters (joined by a
 * space), so a field with a length limit still receives every payload that
 * fits in it. A payload longer than `max` is left out of that field.
 */
export function chunks(max: number, corpus: Payload[] = fitting(max)): Payload[][] {
  const out: Payload[][] = [];
  let current: Payload[] = [];
  let length = 0;
  for (const p of corpus) {
    if (p.text.length > max) continue;
    const added = current.length ? p.text.length + 1 : p.text.length;
    if (length + added > max) {
      out.push(current);
      current = [p];
      length = p.text.length;
    } else {
      current.push(p);
      length += added;
    }
  }
  if (current.length) out.push(current);
  return out;
}

export const joined = (payloads: Payload[]) => payloads.map((p) => p.text).join(" ");

/**
 * The fewest of these pieces that still hold every family at least once:
 * for fields where each piece costs a slow round trip (a user account, a
 * settings save) rather than being one of many fields of one save.
 */
export function everyFamily(pieces: Payload[][]): Payload[][] {
  const seen = new Set<string>();
  return pieces.filter((piece) => {
    const fresh = piece.some((p) => !seen.has(p.family));
    for (const p of piece) seen.add(p.family);
    return fresh;
  });
}
