import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { refuseCrossSite } from "@/lib/security/refuse-cross-site";

export const { GET } = handlers;

// Auth.js checks its own CSRF token on sign-in and sign-out; the origin
// check is the same as every other state-changing route's, and comes first.
export async function POST(request: NextRequest) {
  return refuseCrossSite(request, messagesFor(await requestLocale())) ?? handlers.POST(request);
}
