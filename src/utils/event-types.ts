import type { EventType } from '../schema/event.ts';

/**
 * How each event type is shown: a label, a glyph (so type never relies on colour alone) and a
 * hue. Hues are used for borders and swatches only; text keeps the page's own colours, so
 * contrast holds in light and dark schemes.
 */
export const EVENT_TYPE_STYLE: Record<EventType, { label: string; glyph: string; hue: number }> = {
  alert: { label: 'Alert', glyph: '!', hue: 35 },
  deployment: { label: 'Deployment', glyph: '➜', hue: 210 },
  buildup: { label: 'Build-up', glyph: '▲', hue: 15 },
  exercise: { label: 'Exercise', glyph: '◆', hue: 190 },
  attack: { label: 'Attack', glyph: '✸', hue: 0 },
  annexation: { label: 'Annexation', glyph: '⚑', hue: 330 },
  recognition: { label: 'Recognition', glyph: '✓', hue: 290 },
  sanctions: { label: 'Sanctions', glyph: '⊘', hue: 270 },
  diplomacy: { label: 'Diplomacy', glyph: '⇄', hue: 150 },
  meeting: { label: 'Meeting', glyph: '◎', hue: 170 },
  statement: { label: 'Statement', glyph: '❝', hue: 230 },
  warning: { label: 'Warning', glyph: '⚠', hue: 50 },
  denial: { label: 'Denial', glyph: '✕', hue: 300 },
  evacuation: { label: 'Evacuation', glyph: '⇱', hue: 100 },
  protest: { label: 'Protest', glyph: '≋', hue: 75 },
  disaster: { label: 'Disaster', glyph: '☈', hue: 120 },
  other: { label: 'Other', glyph: '∗', hue: 0 },
};

/** The label of an event type ("Build-up"). */
export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPE_STYLE[type].label;
}
