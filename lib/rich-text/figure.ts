// A picture in the body with its caption (图片说明) and credit. An atom: the
// caption and credit are attributes set through the toolbar's form, so the
// article's text never mixes with them.
import { Node } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType };
  }
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** "图为新建的口袋公园。 郭坤 摄": the caption, then the credit. */
export const figcaptionText = (caption: unknown, credit: unknown) => [text(caption), text(credit)].filter(Boolean).join(" ");

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          if (!img?.getAttribute("src")) return false;
          const credit = element.getAttribute("data-credit") ?? "";
          const shown = element.querySelector("figcaption")?.textContent?.trim() ?? "";
          // Our own figures carry the credit apart; take it off the caption line.
          const caption = credit && shown.endsWith(credit) ? shown.slice(0, -credit.length).trim() : shown;
          return { src: img.getAttribute("src"), alt: img.getAttribute("alt") ?? "", caption, credit };
        },
      },
    ];
  },

  renderHTML({ node }): DOMOutputSpec {
    const { src, alt, caption, credit } = node.attrs;
    const line = figcaptionText(caption, credit);
    const img: DOMOutputSpec = ["img", { src: text(src), alt: text(alt) || text(caption) }];
    const attrs = text(credit) ? { "data-credit": text(credit) } : {};
    return line ? ["figure", attrs, img, ["figcaption", {}, line]] : ["figure", attrs, img];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
