/** Old abstraction for a UIDL JSON message. */
export type ValueMap = Record<string, unknown>;
