// Definition fields several modules share, written once (plain data: definitions cross to client components).
// Their labels are under `recordFields` in the shared messages.

export const PROVINCES = ["NU", "NT", "YT", "BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL"] as const;

export const ADDRESS_FIELDS = [
  { name: "street", kind: "text" },
  { name: "city", kind: "text" },
  { name: "province", kind: "enum", options: PROVINCES },
  { name: "postalCode", kind: "text" },
  { name: "country", kind: "text" },
] as const;
