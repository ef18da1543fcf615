// The environment as lib/env.ts reads it: the README's defaults, a clear
// message for a bad value, and a variable set after import is seen.
import { afterEach, describe, expect, it, vi } from "vitest";
import { embeddedPgPort, mediaEnv, newsroomTimeZone, nginxEnv, schedulerEnv, serverEnv, siteUrl } from "./env";
import { mediaConfig } from "./media/config";
import { publicSettingsFrom } from "./settings";

const unset = (...names: string[]) => names.forEach((name) => vi.stubEnv(name, undefined));

afterEach(() => vi.unstubAllEnvs());

describe("defaults (README, Configuration)", () => {
  it("are the documented ones when nothing is set", () => {
    unset("SITE_URL", "NEWSROOM_TIME_ZONE", "EMBEDDED_PG_PORT", "SCHEDULER", "SCHEDULER_INTERVAL_MS", "PORT", "MEDIA_DIR", "MEDIA_MAX_BYTES", "PAGE_MAX_BYTES", "NGINX_RUN_DIR", "NGINX");
    expect(siteUrl()).toBe("http://localhost:3000");
    expect(newsroomTimeZone().NEWSROOM_TIME_ZONE).toBe("Asia/Shanghai");
    expect(embeddedPgPort()).toBe(54329);
    expect(schedulerEnv()).toEqual({ SCHEDULER: undefined, SCHEDULER_INTERVAL_MS: 5000 });
    expect(mediaEnv()).toEqual({ MEDIA_DIR: undefined, MEDIA_MAX_BYTES: 10485760, PAGE_MAX_BYTES: 52428800 });
    expect(mediaConfig().dir).toBe(`${process.cwd()}/.data/media`);
    expect(nginxEnv()).toEqual({ NGINX_RUN_DIR: undefined, NGINX: undefined });
  });
});

describe("values set after import", () => {
  it("are read when asked for, not when the module was loaded", () => {
    vi.stubEnv("SCHEDULER_INTERVAL_MS", "250");
    expect(schedulerEnv()).toMatchObject({ SCHEDULER_INTERVAL_MS: 250 });
    vi.stubEnv("SCHEDULER_INTERVAL_MS", "1000");
    expect(schedulerEnv().SCHEDULER_INTERVAL_MS).toBe(1000);
    vi.stubEnv("MEDIA_DIR", "/tmp/copydesk-media-test");
    expect(mediaConfig().dir).toBe("/tmp/copydesk-media-test");
    vi.stubEnv("NGINX_RUN_DIR", "/tmp/copydesk-nginx-test");
    expect(nginxEnv().NGINX_RUN_DIR).toBe("/tmp/copydesk-nginx-test");
  });

  it("include the settings' fallback time zone", () => {
    vi.stubEnv("NEWSROOM_TIME_ZONE", "Europe/London");
    expect(publicSettingsFrom([]).newsroom.timeZone).toBe("Europe/London");
  });
});

describe("bad values", () => {
  it("are refused with a sentence that names the variable", () => {
    vi.stubEnv("MEDIA_MAX_BYTES", "ten megabytes");
    expect(() => mediaEnv()).toThrow(/MEDIA_MAX_BYTES must be a number of bytes/);
    vi.stubEnv("EMBEDDED_PG_PORT", "99999");
    expect(() => embeddedPgPort()).toThrow(/EMBEDDED_PG_PORT must be a port number/);
    vi.stubEnv("SCHEDULER_INTERVAL_MS", "soon");
    expect(() => schedulerEnv()).toThrow(/SCHEDULER_INTERVAL_MS/);
    vi.stubEnv("SITE_URL", "ftp://news.example.com");
    expect(() => siteUrl()).toThrow(/SITE_URL must start with http/);
  });

  it("say what to do when the database or the secret is missing", () => {
    unset("DATABASE_URL", "AUTH_SECRET");
    expect(() => serverEnv()).toThrow(/DATABASE_URL is not set[\s\S]*AUTH_SECRET is not set/);
    vi.stubEnv("DATABASE_URL", "mysql://db");
    vi.stubEnv("AUTH_SECRET", "short");
    expect(() => serverEnv()).toThrow(/postgresql:\/\/ URL[\s\S]*at least 32 characters/);
  });
});
