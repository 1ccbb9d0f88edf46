"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import type { ActionResult, FieldError } from "@/lib/actions/errors";

export type RelationChoice = { id: string; label: string; deleted?: boolean };
export type RelationSearch = (input: { q: string }) => Promise<ActionResult<RelationChoice[]>>;

const DEBOUNCE_MS = 250;

/**
 * The guide's « Nom du partenaire »: type part of a name, pick a record from the matches. The chosen id goes in a
 * hidden input named `name` (empty when nothing is chosen); « × » clears it. ARIA 1.2 combobox with a listbox.
 * Typing does not clear the current choice: leaving the field without picking shows the chosen label again.
 */
export function RelationPicker({
  id,
  name,
  value,
  label,
  search,
  onChange,
  required,
  error,
  autoFocus,
}: {
  id: string;
  name: string;
  /** Chosen record, or null. */
  value: RelationChoice | null;
  search?: RelationSearch;
  onChange: (value: RelationChoice | null) => void;
  /** Accessible name of the input when no <label htmlFor={id}> points to it. */
  label?: string;
  required?: boolean;
  error?: FieldError;
  autoFocus?: boolean;
}) {
  const t = useTranslations();
  const [text, setText] = useState(value?.label ?? "");
  // When the choice changes from outside (form reloaded with the current record), show its label.
  const [shownId, setShownId] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    setText(value?.label ?? "");
  }
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [matches, setMatches] = useState<RelationChoice[]>([]);
  const [active, setActive] = useState(-1);
  const [searchError, setSearchError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sequence = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-listbox`;

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const close = () => {
    if (timer.current) clearTimeout(timer.current);
    sequence.current++;
    setOpen(false);
    setActive(-1);
    setLoading(false);
  };

  const runSearch = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    const needle = q.trim();
    if (!needle || !search) {
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const mine = ++sequence.current;
      setOpen(true);
      setLoading(true);
      setSearchError(null);
      const result = await search({ q: needle });
      if (mine !== sequence.current) return; // a newer search (or a close) replaced this one
      setLoading(false);
      if (result.ok) {
        setMatches(result.data);
        setActive(result.data.length ? 0 : -1);
      } else {
        setMatches([]);
        setActive(-1);
        setSearchError(result.error);
      }
    }, DEBOUNCE_MS);
  };

  const choose = (choice: RelationChoice) => {
    close();
    setText(choice.label);
    onChange(choice);
  };

  const clear = () => {
    close();
    setText("");
    onChange(null);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) runSearch(text);
      else if (matches.length) setActive((a) => (a + 1) % matches.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (open && matches.length) setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
    } else if (e.key === "Enter") {
      // Never submit the form from here: Enter picks the highlighted match.
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        if (active >= 0 && matches[active]) choose(matches[active]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (text !== (value?.label ?? "")) {
        e.preventDefault();
        e.stopPropagation();
        setText(value?.label ?? "");
      }
    }
  };

  const activeId = open && active >= 0 && matches[active] ? `${id}-option-${active}` : undefined;
  return (
    <div className="relative">
      <input type="hidden" name={name} value={value?.id ?? ""} />
      <div className="flex items-center gap-1">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          disabled={!search}
          maxLength={255}
          className="input"
          placeholder={t("records.relationPlaceholder")}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            runSearch(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            close();
            setText(value?.label ?? "");
          }}
        />
        {value && (
          <button type="button" className="btn btn-ghost shrink-0 !px-2" aria-label={t("records.remove")} title={t("records.remove")} onClick={clear}>
            <X className="size-4" aria-hidden />
          </button>
        )}
      </div>
      <div
        hidden={!open}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <p role="status" className={loading || searchError || matches.length === 0 ? "px-2.5 py-1.5 text-slate-600 dark:text-slate-400" : "sr-only"}>
          {!open ? "" : loading ? t("records.relationSearching") : searchError ? t(searchError, { ref: "" }) : matches.length === 0 ? t("records.relationNoMatch") : ""}
        </p>
        <ul id={listId} role="listbox" aria-label={label}>
          {open &&
            !loading &&
            matches.map((m, i) => (
              <li
                key={m.id}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer rounded px-2.5 py-1.5 ${i === active ? "bg-brand-600 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
                // mousedown, not click: the input must not blur (and reset its text) before the choice is made.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {m.label}
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
