import { CheckSquare, Phone, Users } from "lucide-react";

// Each kind has its colour, and always an icon and a word beside it: colour is never the only sign.
export const KIND_STYLE = {
  calls: { colour: "#0f766e", Icon: Phone },
  meetings: { colour: "#4338ca", Icon: Users },
  tasks: { colour: "#a16207", Icon: CheckSquare },
} as const;
export const BUSY_COLOUR = "#475569";
