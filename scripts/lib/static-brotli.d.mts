import type { IncomingMessage, ServerResponse } from "node:http";

export function precompressStatic(root: string): number;
export function staticBrotli(root: string): (req: IncomingMessage, res: ServerResponse) => boolean;
