// Its own module because the list's paging control and links use it in the browser: importing it from
// list-params.ts brought the filter parser, and with it zod, into every record page's JavaScript.
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
