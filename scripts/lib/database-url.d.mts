export const DEFAULT_DATABASE_URL: string;
export function databaseUrl(): string;
export function isPostgresUrl(url: string): boolean;
export function sqlitePath(url: string): string;
