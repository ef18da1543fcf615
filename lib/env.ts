// Environment variables, parsed once with clear messages. Read lazily so that
// `next build` can import modules without a database configured.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start Copydesk with `npm start`, which provides one." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL."),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33`." })
    .min(32, "AUTH_SECRET must be at least 32 characters."),
  NEWSROOM_TIME_ZONE: z.string().default("Asia/Shanghai"),
});

export type ServerEnv = z.infer<typeof schema>;
let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`Copydesk cannot start:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
