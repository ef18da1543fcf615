import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./throttle";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("login throttling", () => {
  it("refuses at least 90 of 100 wrong passwords in 60 s against one account", () => {
    const time = clock();
    const throttle = new LoginThrottle(undefined, time.now);
    let refused = 0;
    for (let i = 0; i < 100; i++) {
      if (throttle.retryAfter("reporter@copydesk.test", `10.0.0.${i % 50}`) > 0) refused++;
      else throttle.recordFailure("reporter@copydesk.test", `10.0.0.${i % 50}`);
      time.advance(600);
    }
    expect(refused).toBeGreaterThanOrEqual(90);
  });

  it("refuses one address trying many accounts", () => {
    const time = clock();
    const throttle = new LoginThrottle(undefined, time.now);
    let refused = 0;
    for (let i = 0; i < 100; i++) {
      if (throttle.retryAfter(`user${i}@x.test`, "203.0.113.9") > 0) refused++;
      else throttle.recordFailure(`user${i}@x.test`, "203.0.113.9");
    }
    expect(refused).toBe(80);
  });

  it("does not lock the real user out for ever: the window moves on", () => {
    const time = clock();
    const throttle = new LoginThrottle(undefined, time.now);
    for (let i = 0; i < 5; i++) throttle.recordFailure("editor@copydesk.test", "198.51.100.1");
    expect(throttle.retryAfter("editor@copydesk.test", "192.0.2.7")).toBeGreaterThan(0);
    time.advance(15 * 60_000 + 1);
    expect(throttle.retryAfter("editor@copydesk.test", "192.0.2.7")).toBe(0);
  });

  it("a successful sign-in clears the account's count", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 4; i++) throttle.recordFailure("chief@copydesk.test", "a");
    throttle.recordSuccess("chief@copydesk.test");
    throttle.recordFailure("chief@copydesk.test", "b");
    expect(throttle.retryAfter("chief@copydesk.test", "c")).toBe(0);
  });
});
