// The importer's proposal in the shape createFromImport takes. Pure, so the
// import desk (in the browser), the CLI and the demo seed all share it.
import type { ImportedArticleInput } from "@/lib/validation/import";
import type { ProposedArticle } from "./types";

export function fromProposal(proposal: ProposedArticle): ImportedArticleInput {
  return {
    kicker: proposal.kicker,
    headline: proposal.headline,
    subheadline: proposal.subheadline,
    dateline: proposal.dateline,
    contributors: contributorsOf(proposal),
    type: proposal.type,
    column: proposal.column,
    paragraphs: proposal.paragraphs,
    captions: proposal.captions,
  };
}

/**
 * A commentary's author signs it; the importer gives the name separately.
 * An unnamed byline (本报评论员) is stored under its title: the article has
 * no other place for the words the page printed as its signature.
 */
function contributorsOf(proposal: ProposedArticle) {
  if (!proposal.contributors.length && proposal.author) {
    return [{ name: proposal.author, role: "REPORTER" as const, credit: "TEXT" as const }];
  }
  return proposal.contributors.map((c) => ({ name: c.name || (c.title ?? ""), role: c.role, credit: c.credit }));
}
