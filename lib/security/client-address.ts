// The address a request came from, for the sign-in limits and the audit
// log. Behind nginx (npm run start:prod) it is the first hop of
// X-Forwarded-For; without a proxy, Next sets that header from the socket.
// "local" when neither says (a request made inside the process).
export function clientAddress(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "local").slice(0, 100);
}
