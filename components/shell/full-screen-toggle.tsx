"use client";
import { Maximize, Minimize } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export function FullScreenToggle() {
  const t = useTranslations("shell");
  const [full, setFull] = useState(false);
  useEffect(() => {
    const sync = () => setFull(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", sync);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, []);
  const label = full ? t("exitFullScreen") : t("fullScreen");
  return (
    <button
      type="button"
      className="btn btn-ghost hidden !p-2 sm:inline-flex"
      aria-label={label}
      title={label}
      aria-pressed={full}
      onClick={() => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {})}
    >
      {full ? <Minimize className="size-5" aria-hidden /> : <Maximize className="size-5" aria-hidden />}
    </button>
  );
}
