import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { ACTION_BODY_LIMIT, refuseOversizedBody } from "./action-body-limit";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://paper.example/en/desk", { method: "POST", body, headers, duplex: "half" } as RequestInit);

// A body that arrives in chunks, without a Content-Length.
const chunked = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 64 * 1024) controller.enqueue(new Uint8Array(Math.min(64 * 1024, bytes - sent)));
      controller.close();
    },
  });

describe("refuseOversizedBody", () => {
  it("lets a body up to the limit through", async () => {
    expect(await refuseOversizedBody(post("x".repeat(ACTION_BODY_LIMIT)), en)).toBeNull();
    expect(await refuseOversizedBody(post(chunked(ACTION_BODY_LIMIT)), en)).toBeNull();
  });

  it("answers 413 with a sentence for a larger one, declared or chunked", async () => {
    for (const request of [post("x".repeat(ACTION_BODY_LIMIT + 1)), post(chunked(ACTION_BODY_LIMIT + 1))]) {
      const response = await refuseOversizedBody(request, en);
      expect(response?.status).toBe(413);
      expect(await response?.text()).toBe(en.errors.too_large);
    }
  });

  it("believes a declared length without reading the body", async () => {
    const response = await refuseOversizedBody(post("small", { "content-length": String(ACTION_BODY_LIMIT * 5) }), en);
    expect(response?.status).toBe(413);
  });

  it("never refuses a GET", async () => {
    expect(await refuseOversizedBody(new Request("http://paper.example/", { headers: { "content-length": "999999999" } }), en)).toBeNull();
  });
});
