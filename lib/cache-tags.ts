// Cache tags of the public pages. Every workflow transition expires the
// front page's tag (which every public read also carries) and the article's,
// section's and edition's own, so the reader sees a change on the next request.
export const TAGS = {
  frontPage: "front-page",
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  edition: (date: string) => `edition:${date}`,
};
