"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

// The article's version as this page last knew it. The form and the workflow
// buttons share it, so a click right after a save never sends the old
// version (and gets a needless conflict) while the page is still refreshing.
const VersionContext = createContext<{ version?: number; setVersion: (v: number) => void }>({ setVersion: () => {} });

export function VersionProvider({ serverVersion, children }: { serverVersion: number; children: ReactNode }) {
  const [local, setLocal] = useState(serverVersion);
  const version = Math.max(local, serverVersion);
  return <VersionContext.Provider value={{ version, setVersion: setLocal }}>{children}</VersionContext.Provider>;
}

export const useArticleVersion = () => useContext(VersionContext);
