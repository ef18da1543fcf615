// The production serving stack: nginx in front of the app, as a config this
// module writes (so the tested file and the shipped file are the same).
//
// Reader pages are micro-cached for one second: under a morning's load the
// app sees at most one request per page per second, whatever the crowd, and
// a new story is on the front page within a second of publishing. While one
// request refreshes an entry, the others get the previous copy (use_stale
// updating + lock), so the app is never stampeded. The desk, the sign-in
// page, the API and anyone carrying a session cookie bypass the cache.
// Pages are cached gzipped, as the app sent them; nginx unzips for the rare
// client that cannot take gzip.
//
// A published story must not wait out that second, which in nginx's
// whole-second clock lasts up to two: after every public change the app
// gives the cache key a new generation and has nginx reload, so every page
// cached before the change is out of reach at once (purgeNginxCache,
// docs/decisions/0021).
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { nginxEnv } from "@/lib/env";

const GENERATION_FILE = "generation.conf";

export interface NginxOptions {
  /** Where nginx listens. */
  port: number;
  /** Where the app (scripts/serve.ts) listens, on 127.0.0.1. */
  appPort?: number;
  /**
   * Several app instances (host:port, or a port on 127.0.0.1) instead of
   * appPort: a reader's request that one of them fails is retried on another.
   */
  upstreams?: (string | number)[];
  /** A directory of nginx's own: pid, logs, temp files, the cache. */
  runDir: string;
}

/**
 * The app servers behind nginx. An instance that fails once (refused, timed
 * out) is left alone for two seconds; a request it failed with an error, a
 * timeout, a 502 or a 503 (an instance shutting down) goes to the next
 * one — GET and HEAD only, as nginx retries no POST it has sent on, so a
 * save is never made twice.
 */
function upstreamServers({ appPort, upstreams }: NginxOptions): string[] {
  const servers = (upstreams ?? (appPort === undefined ? [] : [appPort])).map((s) => (typeof s === "number" ? `127.0.0.1:${s}` : s));
  if (servers.length === 0) throw new Error("nginx needs an app to send requests to: appPort or upstreams");
  return servers.map((server) => `server ${server} max_fails=1 fail_timeout=2s;`);
}

export function nginxConfig(options: NginxOptions): string {
  const { port, runDir } = options;
  const run = (name: string) => path.join(runDir, name);
  return `# Written by lib/serving/nginx.ts — edit that file, not this one.
${process.getuid?.() === 0 ? "user nobody nogroup;\n" : ""}worker_processes auto;
pid ${run("nginx.pid")};
error_log ${run("error.log")} warn;
events { worker_connections 4096; }

http {
  access_log off;
  server_tokens off;
  client_body_temp_path ${run("client-body")};
  proxy_temp_path ${run("proxy-temp")};
  fastcgi_temp_path ${run("fastcgi-temp")};
  uwsgi_temp_path ${run("uwsgi-temp")};
  scgi_temp_path ${run("scgi-temp")};
  default_type application/octet-stream;

  # $cache_generation: changed by purgeNginxCache after each public change.
  include ${run(GENERATION_FILE)};
  proxy_cache_path ${run("cache")} levels=1:2 keys_zone=copydesk:16m max_size=1g inactive=10m use_temp_path=off;

  upstream copydesk {
    ${upstreamServers(options).join("\n    ")}
    keepalive 64;
  }

  # Staff pages and the API are never cached, nor is anything asked for by
  # someone signed in (their pages differ, and must be current).
  map $uri $staff_path {
    default 0;
    "~^/((zh-CN|en)/)?(desk|login)(/|$)" 1;
    "~^/api/" 1;
  }
  map $http_cookie $signed_in {
    default 0;
    "~(^|;\\s*)(__Secure-)?authjs\\.session-token=" 1;
  }
  map "$staff_path$signed_in" $skip_cache {
    default 1;
    "00" 0;
  }

  server {
    listen 127.0.0.1:${port};
    listen [::1]:${port};
    client_max_body_size 12m;
    gunzip on;

    location / {
      proxy_pass http://copydesk;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Overwritten, not appended to: what the client sent there is not an address
      # anyone saw (lib/security/client-address.ts).
      proxy_set_header X-Forwarded-For $remote_addr;
      # One compressed copy per page in the cache, whatever the client sent.
      proxy_set_header Accept-Encoding gzip;

      proxy_cache copydesk;
      # The app picks the language from the cookie, else Accept-Language.
      proxy_cache_key "$cache_generation|$scheme$http_host$request_uri|$cookie_lang|$http_accept_language";
      proxy_cache_valid 200 301 302 308 404 410 1s;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_bypass $skip_cache;
      proxy_no_cache $skip_cache;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      add_header X-Cache $upstream_cache_status always;
    }
  }
}
`;
}

/** Writes the config (and nginx's directories) under runDir; returns the config's path. */
export function writeNginxConfig(options: NginxOptions): string {
  // nginx makes its cache and temp directories itself, owned by its workers.
  // Its workers (nobody, when started as root) must reach them.
  mkdirSync(options.runDir, { recursive: true });
  chmodSync(options.runDir, 0o755);
  const file = path.join(options.runDir, "nginx.conf");
  writeGeneration(options.runDir);
  writeFileSync(file, nginxConfig(options));
  return file;
}

let generations = 0;

function writeGeneration(runDir: string) {
  const generation = `${Date.now().toString(36)}.${process.pid}.${generations++}`;
  const file = path.join(runDir, GENERATION_FILE);
  // Written aside and renamed, so nginx never reads half a file.
  writeFileSync(`${file}.tmp`, `map "" $cache_generation { default "${generation}"; }\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Puts every reader page nginx has cached out of reach: a new generation in
 * the cache key, then a graceful reload (old workers finish what they are
 * sending; nothing is deleted behind nginx's back, the old entries simply
 * age out). Call it once Next has expired its own copies, or nginx could
 * fetch the old page again under the new key. Returns false when no nginx
 * runs from runDir (`npm start` without it, or nginx stopped).
 */
export function purgeNginxCache(runDir = nginxEnv().NGINX_RUN_DIR): boolean {
  if (!runDir) return false;
  const pid = nginxMaster(runDir);
  if (!pid) return false;
  writeGeneration(runDir);
  try {
    process.kill(pid, "SIGHUP");
    return true;
  } catch {
    return false;
  }
}

export const nginxBinary = () => nginxEnv().NGINX ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

/** Starts nginx in the foreground with the config above; resolves once it answers. */
export async function startNginx(options: NginxOptions, stdio: "inherit" | "ignore" = "ignore") {
  const config = writeNginxConfig(options);
  const child = spawn(nginxBinary(), ["-c", config, "-g", "daemon off;"], { stdio });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  for (let tries = 0; ; tries++) {
    if (await answers(options.port)) break;
    if (child.exitCode !== null || tries > 100) throw new Error(`nginx did not start (see ${path.join(options.runDir, "error.log")})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    child,
    async stop() {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
    },
  };
}

/**
 * The pid of the nginx master running from runDir, or null. The pid file is
 * trusted only if that process's command line names this directory: a
 * file left behind by a killed nginx may name a pid since given to another
 * process, which a SIGHUP would end.
 */
function nginxMaster(runDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(runDir, "nginx.pid"), "utf8").trim());
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return command.includes("nginx") && command.includes(runDir) ? pid : null;
  } catch {
    return null; // no pid file, no such process, or no /proc to ask
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => resolve(!!socket.end()));
    socket.once("error", () => resolve(false));
  });
}
