// The address a request came from, for the sign-in limits and the audit log.
//
// X-Forwarded-For is a list each proxy appends its peer to, so only its
// right-hand end can be believed: everything left of the first entry a
// trusted proxy did not write is whatever the client sent. The address is
// therefore the right-most entry that is not a trusted proxy (TRUSTED_PROXIES,
// default loopback only). Our front server (lib/serving/front-server.ts)
// appends the socket's address, so a client talking to the app directly is
// known by its socket whatever it claims; the nginx Copydesk configures
// overwrites the header with its own peer (lib/serving/nginx.ts).
// docs/decisions/0032-sign-in-limits-behind-proxies.md
import { BlockList, isIP } from "node:net";
import { proxyEnv } from "@/lib/env";

export const DEFAULT_TRUSTED_PROXIES = "127.0.0.0/8, ::1";

/** "::ffff:127.0.0.1" → "127.0.0.1", "[2001:db8::1]" → "2001:db8::1", "203.0.113.7:5100" → "203.0.113.7"; else as given. */
export function normaliseAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  return (mapped ? mapped[1]! : value).toLowerCase();
}

/** The list of trusted proxies, or an error naming the entry that is neither an address nor a CIDR range. */
export function parseTrustedProxies(text: string): BlockList {
  const list = new BlockList();
  for (const entry of text.split(",").map((item) => item.trim()).filter(Boolean)) {
    const [address = "", bits, extra] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const valid = family !== 0 && extra === undefined && (prefix === undefined || (/^\d+$/.test(bits!) && prefix <= (family === 4 ? 32 : 128)));
    if (!valid) throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8).`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

let parsed: { text: string; list: BlockList } | undefined;
function trustedProxies(): BlockList {
  const text = proxyEnv().TRUSTED_PROXIES ?? DEFAULT_TRUSTED_PROXIES;
  if (parsed?.text !== text) parsed = { text, list: parseTrustedProxies(text) };
  return parsed.list;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
};

/**
 * The client's address from an X-Forwarded-For chain (the socket's address
 * last): the right-most entry not in `trusted`; the left-most when every hop
 * is trusted (a request from the proxy's own machine). "local" when there
 * is no chain at all (a request made inside the process).
 */
export function addressFromChain(chain: string | null | undefined, trusted: BlockList): string {
  const hops = (chain ?? "").split(",").map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isTrusted(trusted, hops[i]!)) return hops[i]!.slice(0, 100);
  }
  return (hops[0] ?? "local").slice(0, 100);
}

export function clientAddress(headers: Pick<Headers, "get">): string {
  return addressFromChain(headers.get("x-forwarded-for"), trustedProxies());
}
