import { EVENT_TYPE_STYLE } from './event-types.ts';

/**
 * One `.type-<name>` rule per event type setting `--type-color`, so colours are defined once, in
 * event-types.ts. The lightness comes from `--type-l`, which the light and dark schemes set.
 */
export function typeStylesCss(): string {
  return Object.entries(EVENT_TYPE_STYLE)
    .map(([type, style]) => `.type-${type}{--type-color:hsl(${style.hue} ${type === 'other' ? '0%' : '65%'} var(--type-l))}`)
    .join('');
}
