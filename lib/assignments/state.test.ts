import { describe, expect, it } from "vitest";
import { assignmentState } from "./state";

const now = new Date("2021-11-02T10:00:00Z");
const before = new Date("2021-11-02T09:59:00Z");
const after = new Date("2021-11-02T10:01:00Z");

describe("assignmentState", () => {
  it("is open without an article, in progress while DRAFT or RETURNED, filed from SUBMITTED on", () => {
    expect(assignmentState(null, after, now).state).toBe("open");
    expect(assignmentState({ status: "DRAFT" }, after, now).state).toBe("in_progress");
    expect(assignmentState({ status: "RETURNED" }, after, now).state).toBe("in_progress");
    for (const status of ["SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED", "SPIKED", "RETRACTED"] as const) {
      expect(assignmentState({ status }, after, now).state, status).toBe("filed");
    }
  });

  it("is late once the deadline has passed, measured against now, and never when filed", () => {
    expect(assignmentState(null, before, now)).toEqual({ state: "open", late: true });
    expect(assignmentState(null, after, now)).toEqual({ state: "open", late: false });
    expect(assignmentState({ status: "RETURNED" }, before, now)).toEqual({ state: "in_progress", late: true });
    expect(assignmentState({ status: "SUBMITTED" }, before, now)).toEqual({ state: "filed", late: false });
    // The same assignment, seen an hour earlier, was not late yet.
    expect(assignmentState(null, before, new Date("2021-11-02T09:00:00Z")).late).toBe(false);
  });
});
