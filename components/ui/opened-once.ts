"use client";
import { useState } from "react";

/**
 * True from the first time `open` is: a dialog's code is loaded (React.lazy) when it is first opened, and stays
 * mounted afterwards so that closing it keeps Radix's exit and focus return.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
