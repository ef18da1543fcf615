// First pass over raw OCR text: make whitespace and markup uniform so later
// rules can look at plain lines. Nothing here decides what a line *is*.

/** One non-empty input line and how many blank lines preceded it. */
export interface Line {
  text: string;
  /** Blank lines before this one. ≥ 2 marks a layout gap (photo, column edge). */
  gapBefore: number;
  /** The whole line was `**bold**` in the OCR output: a headline candidate. */
  bold?: boolean;
  /** A paragraph of its own: never joined to its neighbours, never a caption (○ items, 编者按). */
  own?: boolean;
  /** The first line of a story's text, under its byline: never an orphan, wherever OCR put it. */
  opening?: boolean;
}

// OCR output carries invisible characters and exotic spaces that would break
// "is this line empty?" and "does it end with 。?" checks.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;

// Chinese print never puts a space between two Han characters, and
// full-width punctuation carries its own spacing, so a space next to it is
// an OCR artefact too. Spaces between Han and Latin text, or inside Latin
// text ("COVID 19"), are left alone.
const HAN = "\\p{Script=Han}";
const FULL_PUNCT = "[\\u3001-\\u303f\\uff01-\\uffef“”‘’…]";
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN}) +(?=${HAN})`, "gu");
const SPACE_BY_PUNCT = new RegExp(`(?<=${FULL_PUNCT}) +| +(?=${FULL_PUNCT})`, "gu");

/** Markdown bold (`**本报讯**`) is emphasis added by the OCR tool, not text. */
export function stripBold(text: string): string {
  return text.replace(/\*\*/g, "");
}

/** Remove spaces between Han characters and beside full-width punctuation. */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_HAN, "").replace(SPACE_BY_PUNCT, "");
}

/** Collapse runs of spaces and trim: the plain form of any line. */
export function tidySpaces(text: string): string {
  return text.replace(/ {2,}/g, " ").trim();
}

/** Split raw page text into non-empty, normalised lines with their gaps. */
export function toLines(raw: string): Line[] {
  const rows = raw
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACES, " ")
    .split("\n");

  const lines: Line[] = [];
  let blanks = 0;
  for (const row of rows) {
    const text = tidySpaces(stripBold(row));
    if (text === "") {
      blanks++;
      continue;
    }
    const bold = /^\s*\*\*[^*]+\*\*\s*$/.test(row);
    lines.push(bold ? { text, gapBefore: blanks, bold } : { text, gapBefore: blanks });
    blanks = 0;
  }
  return lines;
}
