// Fixed value lists shared by several modules; each module's messages carry their labels under options.<field>.
export const PROVINCES = ["NU", "NT", "YT", "BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL"] as const;
