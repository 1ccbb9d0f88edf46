"use client";
import { useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Star } from "lucide-react";
import type { ActionResult } from "@/lib/actions/errors";

export type ToggleFavorite = (input: { module: string; id: string }) => Promise<ActionResult<{ favorite: boolean }>>;

/** The star's state: toggled at once, settled on the server's answer (back to the previous state if it fails). */
function useFavorite(module: string, id: string, initial: boolean, toggle: ToggleFavorite) {
  const [favorite, setFavorite] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onClick = () => {
    if (pending) return;
    const before = favorite;
    setFavorite(!before);
    setError(null);
    start(async () => {
      const result = await toggle({ module, id });
      if (result.ok) setFavorite(result.data.favorite);
      else {
        setFavorite(before);
        setError(result.error);
      }
    });
  };
  return { favorite, error, onClick };
}

function FavoriteError({ error }: { error: string }) {
  const t = useTranslations();
  return (
    <span role="alert" className="text-xs text-red-700 dark:text-red-400">
      {t(error, { ref: "" })}
    </span>
  );
}

type StarProps = {
  module: string;
  id: string;
  initial: boolean;
  toggle: ToggleFavorite;
  /** Accessible name when several stars share a screen (a list row names its record). */
  label?: string;
  /** A list row's star: smaller, drawn from a symbol the list defines once (50 inline copies weigh ~40 KB). */
  sprite?: string;
};

/**
 * The guide's star next to the record's name: blue when the record is in « Favoris », outlined otherwise. Toggles
 * at once and settles on the server's answer (back to the previous state, with a message, if it fails).
 */
export function FavoriteStar(props: StarProps) {
  const { favorite, error, onClick } = useFavorite(props.module, props.id, props.initial, props.toggle);
  const alert = error && <FavoriteError error={error} />;
  if (props.sprite && props.label) {
    // A list row: no wrapper and no tooltip (50 of each), its look from globals.css; the name says which record.
    // No translator either: the row's name comes from the list, and a page renders fifty of these.
    return (
      <>
        <button type="button" className="record-table-star" aria-pressed={favorite} aria-label={props.label} onClick={onClick}>
          <svg aria-hidden>
            <use href={`#${props.sprite}`} />
          </svg>
        </button>
        {alert}
      </>
    );
  }
  return <LabelledStar favorite={favorite} onClick={onClick} label={props.label} alert={alert} />;
}

function LabelledStar({ favorite, onClick, label, alert }: { favorite: boolean; onClick: () => void; label?: string; alert: ReactNode }) {
  const t = useTranslations();
  return (
    <span className="inline-flex shrink-0 items-center gap-1">
      <button
        type="button"
        className="btn btn-ghost !p-1"
        aria-pressed={favorite}
        aria-label={label ?? t("records.favorite")}
        title={favorite ? t("records.removeFavorite") : t("records.addFavorite")}
        onClick={onClick}
      >
        <Star className={`size-5 ${favorite ? "fill-current text-brand-600 dark:text-brand-100" : "text-slate-400"}`} aria-hidden />
      </button>
      {alert}
    </span>
  );
}
