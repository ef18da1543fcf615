// The one list of editor extensions. The desk's editor and the server's
// HTML rendering (to-html.ts) use the same list, so what the reporter sees
// is what readers get, and nothing else can be represented.
import StarterKit from "@tiptap/starter-kit";
import { Figure } from "./figure";
import { isSafeHref } from "./urls";

export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    // Not part of a newspaper article.
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    // It would add an empty paragraph after a closing list or picture at the
    // first click, and so an autosave of a text nobody changed.
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: "noopener nofollow", target: null, class: null },
    },
  }),
  Figure,
];
