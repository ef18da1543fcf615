import type { ReactNode } from "react";

/** The line that says how the last action went: announced politely, red when it failed. */
export function StatusMessage({ failed, children }: { failed: boolean; children: ReactNode }) {
  return (
    <p role="status" aria-live="polite" className={failed ? "text-sm text-red-700" : "text-sm text-emerald-800"}>
      {children}
    </p>
  );
}

/** A form's buttons in a row, and after them how the last action went. */
export function FormActions({ failed, status, children }: { failed: boolean; status: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      {children}
      <StatusMessage failed={failed}>{status}</StatusMessage>
    </div>
  );
}
