"use client";

import { DeskNotice } from "./unavailable";

// A desk page failed to draw. Next hides the reason in production, so the
// notice asks /api/health whether the database is the cause.
export default function DeskError({ reset }: { error: Error; reset: () => void }) {
  return <DeskNotice reset={reset} />;
}
