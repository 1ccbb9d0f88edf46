export function migrationsDir(url: string): string;
export function migrate(url: string, log?: (line: string) => void, upTo?: string): Promise<string[]>;
