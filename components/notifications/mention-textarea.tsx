"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";

type Colleague = { id: string; name: string };
type Query = { start: number; text: string };

// What the caret follows: an `@` at a word start, then at most two words of a name (« @Marie Cô »).
const TYPING = /(?:^|[\s(])@([\p{L}\p{M}'’-]{0,30}(?: [\p{L}\p{M}'’-]{0,30})?)$/u;

function queryAt(value: string, caret: number): Query | null {
  const match = TYPING.exec(value.slice(0, caret));
  return match ? { start: caret - match[1].length - 1, text: match[1] } : null;
}

/**
 * A description textarea that suggests colleagues after `@`: the textarea keeps its textbox role and points at a
 * listbox (aria-autocomplete, aria-controls, aria-activedescendant); arrows move, Enter or Tab insert
 * « @Prénom Nom », Escape closes. What is inserted is plain text: the server finds the mentions when it saves.
 */
export function MentionTextarea({
  value,
  onChange,
  ...props
}: Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & { value: string; onChange: (value: string) => void }) {
  const t = useTranslations();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<Query | null>(null);
  const [options, setOptions] = useState<Colleague[]>([]);
  const [active, setActive] = useState(0);
  const caretAfter = useRef<number | null>(null);
  const open = query !== null && options.length > 0;

  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(async () => {
      // Loaded on the first `@`: forms that never mention anyone do not carry the action.
      const { searchColleagues } = await import("@/lib/notifications/colleague-actions");
      const result = await searchColleagues({ q: query.text });
      if (!current) return;
      setOptions(result.ok ? result.data : []);
      setActive(0);
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query?.start, query?.text]); // eslint-disable-line react-hooks/exhaustive-deps

  useLayoutEffect(() => {
    if (caretAfter.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  const close = () => {
    setQuery(null);
    setOptions([]);
  };
  const follow = (el: HTMLTextAreaElement) => {
    const next = el.selectionStart === el.selectionEnd ? queryAt(el.value, el.selectionStart) : null;
    if (next) setQuery(next);
    else close();
  };

  const choose = (colleague: Colleague) => {
    if (!query || !ref.current) return;
    const end = query.start + 1 + query.text.length;
    const inserted = `@${colleague.name} `;
    caretAfter.current = query.start + inserted.length;
    onChange(value.slice(0, query.start) + inserted + value.slice(end).replace(/^ /, ""));
    close();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    const stop = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === "ArrowDown") {
      stop();
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === "ArrowUp") {
      stop();
      setActive((a) => (a - 1 + options.length) % options.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      stop();
      choose(options[active]);
    } else if (e.key === "Escape") {
      stop();
      close();
    }
  };

  return (
    <div className="relative">
      <textarea
        {...props}
        ref={ref}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => follow(e.currentTarget)}
        onBlur={close}
      />
      <span className="sr-only" aria-live="polite">
        {open ? `${t("notifications.mentionSuggestions")} : ${options.length}` : ""}
      </span>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("notifications.mentionSuggestions")}
          className="absolute left-0 z-40 mt-1 max-h-64 w-72 max-w-full overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer rounded px-2.5 py-1.5 ${i === active ? "bg-brand-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
              // Keeps the focus (and the caret) in the textarea.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
