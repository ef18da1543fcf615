import { describe, expect, it } from "vitest";
import { instantToZonedTime, zonedTimeToInstant } from "./zoned-time";

describe("zoned time", () => {
  it("reads a Shanghai wall-clock time as the right instant and back", () => {
    expect(zonedTimeToInstant("2021-11-02T08:00", "Asia/Shanghai")?.toISOString()).toBe("2021-11-02T00:00:00.000Z");
    expect(instantToZonedTime(new Date("2021-11-01T16:30:00Z"), "Asia/Shanghai")).toBe("2021-11-02T00:30");
  });

  it("handles a zone with daylight saving", () => {
    expect(zonedTimeToInstant("2021-07-01T12:00", "Europe/London")?.toISOString()).toBe("2021-07-01T11:00:00.000Z");
    expect(zonedTimeToInstant("2021-12-01T12:00", "Europe/London")?.toISOString()).toBe("2021-12-01T12:00:00.000Z");
  });

  it("refuses what is not a date-time", () => {
    expect(zonedTimeToInstant("tomorrow", "Asia/Shanghai")).toBeNull();
    expect(zonedTimeToInstant("2021-13-45T99:00", "Asia/Shanghai")).toBeNull();
  });
});
