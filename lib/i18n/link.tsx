"use client";
import type { ComponentProps } from "react";
import { BaseLink, useRouter } from "@/lib/i18n/base-navigation";

/**
 * next-intl's Link, prefetching when the user shows the intent (pointer over it, keyboard focus, touch) rather
 * than for every link that scrolls into view: a list page holds a hundred links (rows, sort headers, menu), and
 * prefetching them all on a first visit weighed more than the page's own scripts. A Link given an explicit
 * `prefetch` keeps it.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof BaseLink>) {
  const router = useRouter();
  if (prefetch !== undefined || typeof props.href !== "string" || !props.href.startsWith("/")) return <BaseLink prefetch={prefetch} onMouseEnter={onMouseEnter} onFocus={onFocus} onTouchStart={onTouchStart} {...props} />;
  const href = props.href;
  const warm = () => router.prefetch(href, props.locale ? { locale: props.locale } : undefined);
  return (
    <BaseLink
      prefetch={false}
      onMouseEnter={(e) => (warm(), onMouseEnter?.(e))}
      onFocus={(e) => (warm(), onFocus?.(e))}
      onTouchStart={(e) => (warm(), onTouchStart?.(e))}
      {...props}
    />
  );
}
