// Apart from event.ts so the timeline page's script can import it without bundling zod.
/** The event types Dateline knows; `other` is the honest bucket for the rest. */
export const EVENT_TYPES = [
  'alert', 'deployment', 'buildup', 'exercise', 'attack', 'annexation', 'recognition',
  'sanctions', 'diplomacy', 'meeting', 'statement', 'warning', 'denial', 'evacuation', 'protest', 'disaster', 'other',
] as const;
