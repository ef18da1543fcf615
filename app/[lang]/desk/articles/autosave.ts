"use client";

import { useEffect, useLayoutEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { createAutosaver } from "@/lib/autosave/autosaver";
import type { AutosaverOptions, SaveState } from "@/lib/autosave/types";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";
import { usePageEvents } from "./page-events";
import { beaconAutosave } from "./save-client";

type Options = Omit<AutosaverOptions, "getValues" | "storage" | "online" | "beacon" | "onState"> & {
  form: UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;
};

/** The form's autosave (lib/autosave/autosaver.ts), wired to the browser and React. */
export function useAutosave({ form, ...rest }: Options) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const wire = (): AutosaverOptions => ({
    ...rest,
    getValues: () => form.getValues() as Record<string, unknown>,
    storage: () => localStorage,
    online: () => navigator.onLine,
    beacon: beaconAutosave,
    // Every keystroke reports "dirty": re-render the form only when the line changes.
    onState: (next) => setState((prev) => (prev.kind === next.kind && next.kind !== "saved" && next.kind !== "error" ? prev : next)),
  });
  const [saver] = useState(() => createAutosaver(wire()));
  // The latest callbacks and page version, without re-creating the saver.
  useLayoutEffect(() => saver.update(wire()));

  useEffect(() => {
    const subscription = form.watch(() => saver.changed());
    return () => {
      subscription.unsubscribe();
      // Leaving the form inside the desk (a link, not a page load): the same as leaving the page.
      saver.leave();
      saver.dispose();
    };
  }, [form, saver]);

  usePageEvents({ onHidden: saver.hidden, onLeave: saver.leave, onOnline: saver.online, onOffline: saver.wentOffline });
  return { state, saver };
}
