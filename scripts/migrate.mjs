import "dotenv/config";
import { databaseUrl } from "./lib/database-url.mjs";
import { migrate } from "./lib/migrations.mjs";

const applied = await migrate(databaseUrl(), (line) => console.log(line));
console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
