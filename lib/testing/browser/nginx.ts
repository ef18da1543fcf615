import { tmpdir } from "node:os";
import path from "node:path";

/** Where e2e/serving-stack.spec.ts runs nginx in front of the test server on `port`; the server purges it there. */
export const nginxRunDir = (port: number) => path.join(tmpdir(), `copydesk-e2e-nginx-${port}`);
