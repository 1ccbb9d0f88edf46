"use client";
import { useState, type ComponentType, type ReactNode } from "react";

export type Popup<P> = ComponentType<P & { defaultOpen?: boolean }>;

/**
 * A top-bar menu or popover whose code (Radix and the menu's own) is downloaded on first use rather than with
 * every page: until then its trigger is drawn alone, with the same look and name; pointing at it or focusing it
 * starts the download, and a click opens the menu as soon as the code is there. Before scripts run neither
 * version does anything, so nothing changes without JavaScript.
 */
export function LazyPopup<P extends object>({
  load,
  props,
  haspopup,
  className,
  label,
  title,
  testId,
  children,
}: {
  load: () => Promise<Popup<P>>;
  props: P;
  haspopup: "menu" | "dialog";
  className: string;
  label?: string;
  title?: string;
  testId?: string;
  children: ReactNode;
}) {
  const [Loaded, setLoaded] = useState<Popup<P> | null>(null);
  if (Loaded) return <Loaded {...props} defaultOpen />;
  const preload = () => void load().catch(() => undefined);
  return (
    <button
      type="button"
      className={className}
      aria-haspopup={haspopup}
      aria-expanded={false}
      aria-label={label}
      title={title}
      data-testid={testId}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => void load().then((component) => setLoaded(() => component))}
    >
      {children}
    </button>
  );
}
