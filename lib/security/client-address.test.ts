// The client's address is the right-most X-Forwarded-For entry that is not a
// trusted proxy: entries left of it are whatever the client sent.
import { afterEach, describe, expect, it, vi } from "vitest";
import { addressFromChain, clientAddress, DEFAULT_TRUSTED_PROXIES, normaliseAddress, parseTrustedProxies } from "./client-address";

const loopback = parseTrustedProxies(DEFAULT_TRUSTED_PROXIES);
const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

afterEach(() => vi.unstubAllEnvs());

describe("addressFromChain", () => {
  it("ignores what a client claims left of the first untrusted hop", () => {
    // A client on the internet talking to the app directly: the front server appended its socket.
    expect(addressFromChain("10.9.9.9, 1.2.3.4", loopback)).toBe("1.2.3.4");
    expect(addressFromChain("203.0.113.66, 198.51.100.7", loopback)).toBe("198.51.100.7");
    // Behind nginx that appends ($proxy_add_x_forwarded_for): the entry nginx wrote, not the client's.
    expect(addressFromChain("127.0.0.5, 198.51.100.7, 127.0.0.1", loopback)).toBe("198.51.100.7");
  });

  it("walks a chain of trusted proxies to the first hop none of them is", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.10");
    expect(addressFromChain("6.6.6.6, 203.0.113.9, 10.1.2.3, 192.0.2.10", trusted)).toBe("203.0.113.9");
    // A trusted hop left of an untrusted one is the client's claim: it does not make the untrusted one trusted.
    expect(addressFromChain("10.0.0.1, 203.0.113.9, 10.1.2.3", trusted)).toBe("203.0.113.9");
  });

  it("answers the left-most hop when every hop is trusted, and 'local' for no chain", () => {
    expect(addressFromChain("127.0.0.1, 127.0.0.1", loopback)).toBe("127.0.0.1");
    expect(addressFromChain("::1", loopback)).toBe("::1");
    expect(addressFromChain(undefined, loopback)).toBe("local");
    expect(addressFromChain(" , ", loopback)).toBe("local");
  });

  it("reads IPv6, IPv4-mapped IPv6, brackets and ports", () => {
    expect(addressFromChain("2001:db8::1, ::ffff:127.0.0.1", loopback)).toBe("2001:db8::1");
    expect(addressFromChain("[2001:DB8::2]:443", loopback)).toBe("2001:db8::2");
    expect(addressFromChain("::ffff:198.51.100.3", loopback)).toBe("198.51.100.3");
    const v6 = parseTrustedProxies("2001:db8:aa::/48");
    expect(addressFromChain("2001:db8:bb::1, 2001:db8:aa::7", v6)).toBe("2001:db8:bb::1");
    // An IPv4 rule also covers the same address written as IPv4-mapped IPv6.
    expect(addressFromChain("198.51.100.3, ::ffff:10.0.0.2", parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.3");
  });

  it("treats an entry that is no address as untrusted, cut to 100 characters", () => {
    expect(addressFromChain("1.2.3.4, unknown, 127.0.0.1", loopback)).toBe("unknown");
    expect(addressFromChain(`${"x".repeat(300)}`, loopback)).toHaveLength(100);
  });
});

describe("normaliseAddress", () => {
  it("strips IPv4-mapped prefixes, brackets and ports", () => {
    expect(normaliseAddress(" ::FFFF:127.0.0.1 ")).toBe("127.0.0.1");
    expect(normaliseAddress("203.0.113.7:5100")).toBe("203.0.113.7");
    expect(normaliseAddress("[::1]:80")).toBe("::1");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8::1");
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDR ranges of both families", () => {
    const list = parseTrustedProxies("10.0.0.0/8, 172.16.0.1 ,fd00::/8, ::1");
    expect(list.check("10.200.0.1", "ipv4")).toBe(true);
    expect(list.check("172.16.0.1", "ipv4")).toBe(true);
    expect(list.check("172.16.0.2", "ipv4")).toBe(false);
    expect(list.check("fd12::3", "ipv6")).toBe(true);
    expect(list.check("::1", "ipv6")).toBe(true);
  });

  it("says which entry is wrong", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, nginx.local")).toThrow(/"nginx\.local" is neither/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("::1/129")).toThrow();
    expect(() => parseTrustedProxies("10.0.0.0/8/1")).toThrow();
  });
});

describe("clientAddress", () => {
  it("trusts loopback only by default, and TRUSTED_PROXIES when set", () => {
    expect(clientAddress(headers("198.51.100.1, 127.0.0.1"))).toBe("198.51.100.1");
    expect(clientAddress(headers("198.51.100.1, 10.0.0.2"))).toBe("10.0.0.2");
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(clientAddress(headers("198.51.100.1, 10.0.0.2"))).toBe("198.51.100.1");
    // Loopback is no longer trusted: a request from the machine itself is known by it.
    expect(clientAddress(headers("198.51.100.1, 127.0.0.1"))).toBe("127.0.0.1");
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientAddress(headers("198.51.100.1, 127.0.0.1"))).toBe("127.0.0.1");
  });

  it("never reads X-Real-IP, which a client can send too", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "6.6.6.6", "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(headers())).toBe("local");
  });
});
