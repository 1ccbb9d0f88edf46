import type shared from "@/messages/fr.json";
import { loadMessages } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };
type Messages = typeof shared & { modules: Record<string, Tree> };

/** The messages as the app loads them: the shared file and every module's own file under `modules.<key>`. */
export const fr = loadMessages("fr") as unknown as Messages;
export const en = loadMessages("en") as unknown as Messages;
