"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type Flush = () => Promise<number | undefined>;

interface ArticleVersion {
  version?: number;
  /**
   * The version as this page's own saves and moves left it. The form's text
   * is based on this one: a refresh that brings someone else's newer version
   * must not let the form save over their text without a conflict.
   */
  ownVersion?: number;
  setVersion: (v: number) => void;
  /** Sends the form's unsaved text first, then answers the version to act on. */
  beforeAction: () => Promise<number | undefined>;
  /** The form registers how it flushes (null when it goes away). */
  registerFlush: (flush: Flush | null) => void;
}

// The article's version as this page last knew it. The form and the workflow
// buttons share it, so a click right after a save never sends the old
// version (and gets a needless conflict) while the page is still refreshing;
// and a click on "Submit" first saves what was typed since the last autosave.
const VersionContext = createContext<ArticleVersion>({ setVersion: () => {}, beforeAction: async () => undefined, registerFlush: () => {} });

export function VersionProvider({ serverVersion, children }: { serverVersion: number; children: ReactNode }) {
  const [local, setLocal] = useState(serverVersion);
  const version = Math.max(local, serverVersion);
  const flush = useRef<Flush | null>(null);
  const registerFlush = useCallback((f: Flush | null) => {
    flush.current = f;
  }, []);
  const beforeAction = useCallback(async () => {
    const flushed = await flush.current?.();
    return flushed === undefined ? version : Math.max(flushed, version);
  }, [version]);
  return <VersionContext.Provider value={{ version, ownVersion: local, setVersion: setLocal, beforeAction, registerFlush }}>{children}</VersionContext.Provider>;
}

export const useArticleVersion = () => useContext(VersionContext);
