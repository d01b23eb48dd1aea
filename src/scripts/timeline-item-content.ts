/**
 * The labels drawn inside the vis-timeline chart. These stay client-side: vis-timeline builds
 * and recycles its items' DOM itself as the window moves (a `template` callback per item), and
 * the items a window needs (single events or aggregates of a period) are only known in the
 * browser, so there is no server-rendered markup to show or hide. They share no markup with the
 * build's components; the words and marks come from the same utils (event-types, event-date-label).
 */
import type { TimelineEvent } from '../schema/event.ts';
import { EVENT_TYPE_STYLE } from '../utils/event-types.ts';
import { eventDateLabel } from '../utils/event-date-label.ts';
import { aggregateLabel } from '../utils/format-day-range.ts';
import { h } from './dom.ts';

/** The content of a timeline item: a button, so every item is reachable and opened from the keyboard. */
export function timelineItemContent(event: Pick<TimelineEvent, 'id' | 'title' | 'type' | 'status' | 'date'>): HTMLElement {
  const style = EVENT_TYPE_STYLE[event.type];
  const label = `${event.title} — ${eventDateLabel(event.date)}, ${style.label}${event.status === 'announced' ? ', announced' : ''}`;
  const button = h('button', { type: 'button', class: 'item-button', 'data-open-event': event.id, 'aria-label': label },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, style.glyph),
    h('span', { class: 'item-title' }, event.title));
  button.title = label;
  return button;
}

/** The content of an aggregate item: a button that zooms in to the period it stands for. */
export function aggregateItemContent(count: number, startDay: number, endDay: number): HTMLElement {
  const label = aggregateLabel(count, startDay, endDay);
  const button = h('button', { type: 'button', class: 'item-button aggregate-button', 'data-zoom-to': `${startDay}:${endDay}`, 'aria-label': `${label}: zoom in` },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, '▦'),
    h('span', { class: 'item-title' }, label));
  button.title = `${label}: zoom in`;
  return button;
}
