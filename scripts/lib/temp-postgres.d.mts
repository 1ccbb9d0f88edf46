export const DEFAULT_PG_BIN: string;
export function startTempPostgres(opts?: { pgBin?: string }): Promise<{ url: string; stop: () => void }>;
