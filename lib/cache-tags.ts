// Cache tags of the public pages. Every workflow transition revalidates the
// article's tags, so the reader sees a change on the next request.
export const TAGS = {
  frontPage: "front-page",
  article: (slug: string) => `article:${slug}`,
};
