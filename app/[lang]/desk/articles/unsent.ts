"use client";

import { useEffect, useState } from "react";
import { newerEntry, readEntry, shouldOffer, type FormSnapshot, type UnsentEntry } from "@/lib/autosave/queue";

/**
 * Text this device kept from an earlier visit that the server never got.
 * It is set aside at once (so new typing cannot overwrite it) and offered
 * back until the person restores or discards it.
 */
export function useUnsent(storageKey: string, serverValues: FormSnapshot, serverVersion: number | undefined) {
  const [unsent, setUnsent] = useState<UnsentEntry | null>(null);
  // The version the page loaded with: autosaves since then were this person's own.
  const [loadVersion] = useState(serverVersion);
  // Keys as the page loaded (a new article's changes once its draft exists).
  const [found] = useState(`${storageKey}:found`);

  useEffect(() => {
    try {
      const entry = newerEntry(readEntry(localStorage.getItem(found)), readEntry(localStorage.getItem(storageKey)));
      localStorage.removeItem(storageKey);
      if (!shouldOffer(entry, serverValues)) return localStorage.removeItem(found);
      localStorage.setItem(found, JSON.stringify(entry));
      setUnsent(entry); // eslint-disable-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    } catch {
      // No storage on this device: nothing was kept.
    }
    // Once, for the page as it loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const forget = () => {
    try {
      localStorage.removeItem(found);
    } catch {}
    setUnsent(null);
  };

  return {
    unsent,
    /** The kept text; `stale` when it was typed over an older version than the server's (someone saved since). */
    take: (): { fields: FormSnapshot; stale: boolean } | null => {
      forget();
      if (!unsent) return null;
      return { fields: unsent.fields, stale: unsent.baseVersion !== null && unsent.baseVersion !== loadVersion };
    },
    discard: forget,
  };
}
