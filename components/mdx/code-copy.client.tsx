"use client";

import { useEffect } from "react";
import { copyCodeOnClick } from "@/components/shared/client";

/**
 * Turns on the copy buttons of every code block on the page: one delegated listener, and a mark on
 * the root element that makes the (until then hidden) buttons visible. The page also renders
 * CopyStatus, where results are announced.
 */
export function CodeCopy() {
  useEffect(() => {
    document.documentElement.dataset.codeCopy = "";
    document.addEventListener("click", copyCodeOnClick);
    return () => document.removeEventListener("click", copyCodeOnClick);
  }, []);
  return null;
}
