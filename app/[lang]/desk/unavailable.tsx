"use client";

// What the desk shows when a page cannot be drawn. With the database down it
// says so plainly, keeps checking /api/health and reloads the page by itself
// once the database answers again; the same when the network (or the server)
// could not be reached — a move after a save cut off half-way — as soon as
// it answers again. Any other failure offers a retry.
// The strings come from the server's catalog (the desk layout passes them
// down), so no catalog is shipped to the browser for this.
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useState, useTransition, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

export type UnavailableText = Messages["deskUnavailable"];

const TextContext = createContext<UnavailableText | null>(null);

export function UnavailableTextProvider({ text, children }: { text: UnavailableText; children: ReactNode }) {
  return <TextContext.Provider value={text}>{children}</TextContext.Provider>;
}

/** `unreachable`: no answer at all (the network is down, or the server). */
type DatabaseState = "unknown" | "unreachable" | "down" | "up";

const CHECK_EVERY_MS = 2_000;

async function databaseState(): Promise<DatabaseState> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    const body = (await response.json()) as { database?: string };
    return body.database === "down" ? "down" : response.ok ? "up" : "unknown";
  } catch {
    // The server itself does not answer: nothing to say about the database, but the page may come back with the network.
    return "unreachable";
  }
}

interface DeskNoticeProps {
  /** Given by the layout; error boundaries read it from the layout's context. */
  text?: UnavailableText;
  /** The layout already knows the database is down. */
  databaseDown?: boolean;
  /** An error boundary's reset. */
  reset?: () => void;
}

export function DeskNotice({ text, databaseDown = false, reset }: DeskNoticeProps) {
  const fromLayout = useContext(TextContext);
  const t = text ?? fromLayout;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [state, setState] = useState<DatabaseState>(databaseDown ? "down" : "unknown");

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seenTrouble = databaseDown;
    async function check() {
      clearTimeout(timer);
      const now = await databaseState();
      if (stopped) return;
      setState(now);
      if (now === "up" && seenTrouble) {
        // Back: draw the page again, from the server.
        startTransition(() => {
          router.refresh();
          reset?.();
        });
        return;
      }
      if (now === "down" || now === "unreachable") seenTrouble = true;
      if (now !== "up") timer = setTimeout(check, CHECK_EVERY_MS);
    }
    // The network is back: ask at once rather than at the next tick.
    const online = () => void check();
    window.addEventListener("online", online);
    timer = setTimeout(check, databaseDown ? CHECK_EVERY_MS : 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", online);
    };
  }, [databaseDown, reset, router]);

  if (!t) return null;
  const down = state === "down";
  return (
    <div role="alert" data-testid="desk-unavailable" className="max-w-xl rounded border border-amber-400 bg-amber-50 p-4">
      <h1 className="font-bold">{down ? t.databaseTitle : t.failedTitle}</h1>
      <p className="mt-1">{down ? t.databaseBody : state === "unreachable" ? t.offlineBody : t.failedBody}</p>
      <button
        type="button"
        onClick={() => startTransition(() => {
          router.refresh();
          reset?.();
        })}
        className="mt-3 rounded border border-neutral-400 px-3 py-1"
      >
        {t.retry}
      </button>
    </div>
  );
}
