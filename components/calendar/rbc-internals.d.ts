// react-big-calendar's own modules the accessible day and week views subclass (components/calendar/accessible-views.ts);
// the library ships no types for them.
declare module "react-big-calendar/lib/Day" {
  const Day: import("react").ComponentClass<object> & { range: unknown; navigate: unknown; title: unknown };
  export default Day;
}
declare module "react-big-calendar/lib/Week" {
  const Week: import("react").ComponentClass<object> & { range: unknown; navigate: unknown; title: unknown };
  export default Week;
}
declare module "react-big-calendar/lib/TimeGrid" {
  const TimeGrid: import("react").ComponentClass<object>;
  export default TimeGrid;
}
declare module "react-big-calendar/lib/TimeGridHeader" {
  const TimeGridHeader: import("react").ComponentClass<object>;
  export default TimeGridHeader;
}
declare module "react-big-calendar/lib/DateContentRow" {
  const DateContentRow: import("react").ComponentClass<object>;
  export default DateContentRow;
}
// The calendar itself is taken from the same CommonJS build as the modules above, so the page carries one copy.
declare module "react-big-calendar/lib/index" {
  export * from "react-big-calendar";
}
