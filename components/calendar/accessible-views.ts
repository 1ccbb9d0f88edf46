"use client";
import { Children, cloneElement, createElement, isValidElement, type ComponentType, type ReactElement, type ReactNode } from "react";
import Day from "react-big-calendar/lib/Day";
import Week from "react-big-calendar/lib/Week";
import TimeGrid from "react-big-calendar/lib/TimeGrid";
import TimeGridHeader from "react-big-calendar/lib/TimeGridHeader";
import DateContentRow from "react-big-calendar/lib/DateContentRow";

// react-big-calendar's day and week grid gives table roles to a layout that is no table (the all-day band is a
// « rowgroup » holding a « row » without cells, outside any table) and makes the hours a scrollable box without a tab
// stop: axe's aria-required-children / aria-required-parent and scrollable-region-focusable (WCAG 1.3.1, 2.1.1).
// No `components` slot reaches those elements, so these subclasses rewrite what the library's render() returns:
// the React elements, not the DOM. That holds in the server-rendered HTML too (a DOM repair in an effect only runs
// after hydration: on a slow dev server axe read the page before it, which is why the earlier MutationObserver
// repair « did not take ») and on every re-render. The column headers' role is taken off by `PlainHeader`.

type Props = { [key: string]: unknown; children?: ReactNode };
const TABLE_ROLES = new Set(["table", "grid", "rowgroup", "row", "cell", "gridcell", "columnheader", "rowheader"]);

/** The host elements of one render output, with table roles removed, `swap`'s component types replaced and `extra` props added. */
function rewrite(node: ReactNode, swap: Map<unknown, ComponentType<Props>>, extra?: (className: string) => Props | undefined): ReactNode {
  if (!isValidElement<Props>(node)) return Array.isArray(node) ? Children.map(node, (n) => rewrite(n, swap, extra)) : node;
  const replacement = swap.get(node.type);
  if (replacement) return createElement(replacement, { ...node.props, key: node.key });
  if (typeof node.type !== "string") return node;
  const props: Props = { ...(extra?.(String(node.props.className ?? "")) ?? {}) };
  if (TABLE_ROLES.has(String(node.props.role))) props.role = undefined;
  const children = node.props.children === undefined ? undefined : Children.map(node.props.children, (c) => rewrite(c, swap, extra));
  return cloneElement(node as ReactElement<Props>, props, ...(children === undefined ? [] : [children]));
}

class AllDayRow extends (DateContentRow as unknown as new (props: Props) => { render(): ReactNode }) {
  render() {
    return rewrite(super.render(), new Map());
  }
}

class GridHeader extends (TimeGridHeader as unknown as new (props: Props) => { render(): ReactNode }) {
  render() {
    return rewrite(super.render(), new Map([[DateContentRow, AllDayRow as unknown as ComponentType<Props>]]));
  }
}

class AccessibleTimeGrid extends (TimeGrid as unknown as new (props: Props) => { props: Props; render(): ReactNode }) {
  render() {
    const messages = (this.props.localizer as { messages: { hoursRegion?: string } }).messages;
    // The hours box scrolls: a tab stop and a name let the keyboard reach and scroll it.
    const hours = (className: string) => (className === "rbc-time-content" ? { tabIndex: 0, role: "region", "aria-label": messages.hoursRegion } : undefined);
    return rewrite(super.render(), new Map([[TimeGridHeader, GridHeader as unknown as ComponentType<Props>]]), hours);
  }
}

const toAccessibleGrid = (element: ReactNode) => (isValidElement<Props>(element) ? createElement(AccessibleTimeGrid as unknown as ComponentType<Props>, element.props) : element);

/** « Jour »: react-big-calendar's day view on the accessible grid (its range, navigation and title are inherited). */
export class AccessibleDay extends (Day as unknown as new (props: Props) => { render(): ReactNode }) {
  render() {
    return toAccessibleGrid(super.render());
  }
}

/** « Semaine »: react-big-calendar's week view on the accessible grid. */
export class AccessibleWeek extends (Week as unknown as new (props: Props) => { render(): ReactNode }) {
  render() {
    return toAccessibleGrid(super.render());
  }
}

/** A day's column header without the library's « columnheader » role (it sits in no row of any table). */
export function PlainHeader({ label }: { label: ReactNode }) {
  return createElement("span", null, label);
}
