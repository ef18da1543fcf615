// npm run start:cluster — Copydesk as several app instances from one build,
// with nginx in front of them all: the production cluster on one machine,
// and the model of one machine of a larger one (README, "Production: many
// instances"). Every instance runs from a folder of its own with its own
// copy of the build, so they share nothing but the engines they are given:
//
//   DATABASE_URL, AUTH_SECRET   PostgreSQL and the session secret (required)
//   REDIS_URL                   Next's shared cache and the purge broadcast (required)
//   S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION
//                               photos and printed pages (required with more than one instance)
//   INSTANCES (default 2), PORT (nginx, default 3000), APP_PORT (the first instance, default PORT + 1)
import { spawn } from "node:child_process";
import path from "node:path";
import { instanceFolder, startInstance, type Instance } from "@/lib/cluster/instance";
import { migrate } from "@/lib/database/migrate";
import { startNginx } from "@/lib/serving/nginx";
import { ensureBuild } from "./build-if-stale";
import { exitWithMessage } from "./database";

const env = process.env;
const count = Number(env.INSTANCES ?? 2);
const port = Number(env.PORT ?? 3000);
const firstAppPort = Number(env.APP_PORT ?? port + 1);
const missing = ["DATABASE_URL", "AUTH_SECRET", "REDIS_URL", ...(count > 1 ? ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] : [])].filter((name) => !env[name]);
if (!Number.isInteger(count) || count < 1) exitWithMessage(new Error("INSTANCES must be a whole number of at least 1."));
if (missing.length) exitWithMessage(new Error(`start:cluster needs ${missing.join(", ")} (README, "Production: many instances").`));

const { applied } = await migrate(env.DATABASE_URL!).catch(exitWithMessage);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
await ensureBuild();

const root = process.cwd();
const clusterDir = path.join(root, ".data", "cluster");
const instances: Instance[] = [];
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  purger?.kill("SIGTERM");
  await nginx?.stop().catch(() => {});
  await Promise.all(instances.map((instance) => instance.stop()));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
// The instances run in process groups of their own (so a crash of one takes
// none of the others): however this process ends, they end with it.
process.on("exit", () => instances.forEach((instance) => instance.kill()));

// NGINX_RUN_DIR is not passed on: an instance announces purges on Redis, and
// the purger beside nginx carries them out.
const instanceEnv = { ...env };
delete instanceEnv.NGINX_RUN_DIR;
for (let i = 0; i < count; i++) {
  const name = String.fromCharCode(97 + i);
  const dir = path.join(clusterDir, name);
  instanceFolder(root, dir);
  const instance = await startInstance(name, dir, firstAppPort + i, instanceEnv, path.join(clusterDir, `${name}.log`)).catch(async (error) => {
    await shutdown(1);
    throw error;
  });
  instance.process.on("exit", () => !stopping && console.error(`✖ instance ${name} (port ${instance.port}) stopped; nginx sends its requests to the others`));
  instances.push(instance);
  console.log(`Instance ${name}: ${instance.base} (log .data/cluster/${name}.log)`);
}

const runDir = path.join(clusterDir, "nginx");
const nginx = await startNginx({ port, upstreams: instances.map((instance) => instance.port), runDir }, "inherit");
const purger = spawn(process.execPath, ["--import", "tsx", "scripts/purger.ts"], { stdio: "inherit", env: { ...env, NGINX_RUN_DIR: runDir } });
console.log(`Copydesk: http://localhost:${port}  (${count} instance${count === 1 ? "" : "s"} behind nginx)`);
