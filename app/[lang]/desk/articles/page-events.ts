"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

interface Handlers {
  /** The tab was hidden: it may never be shown again (mobile browsers discard it). */
  onHidden: () => void;
  /** The page is being left or unloaded. */
  onLeave: () => void;
  onOnline: () => void;
  onOffline: () => void;
}

/** The browser events around leaving a page and losing the network, wired once. */
export function usePageEvents(handlers: Handlers) {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onVisibility = () => document.visibilityState === "hidden" && latest.current.onHidden();
    const onLeave = () => latest.current.onLeave();
    const onOnline = () => latest.current.onOnline();
    const onOffline = () => latest.current.onOffline();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onLeave);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onLeave);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, []);
}
