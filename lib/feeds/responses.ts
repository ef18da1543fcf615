// The HTTP side shared by the feed and sitemap route handlers.
export const RSS_TYPE = "application/rss+xml; charset=utf-8";
export const XML_TYPE = "application/xml; charset=utf-8";

export function xmlResponse(body: string, contentType: string = XML_TYPE): Response {
  return new Response(body, { headers: { "Content-Type": contentType } });
}
