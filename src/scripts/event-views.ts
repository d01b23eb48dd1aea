import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { EVENT_TYPE_STYLE } from '../utils/event-types.ts';
import { eventDateTimeAttribute, formatEventDate } from '../utils/format-event-date.ts';
import { APPROXIMATE_MARK, eventDateClasses, eventDateLabel, INFERRED_MARK, INFERRED_NOTE } from '../utils/event-date-label.ts';
import { aggregateLabel } from '../utils/format-day-range.ts';
import type { ChunkEvent } from '../utils/timeline-index.ts';
import { h } from './dom.ts';

/** `<time>` with the precision-carrying words; ≈ marks a date known only to the week or coarser, "(inferred)" one the text does not state. Mirrors components/EventDate.astro. */
export function eventTime(event: Pick<TimelineEvent, 'date'>): HTMLTimeElement {
  return h('time', { datetime: eventDateTimeAttribute(event.date), class: `event-date ${eventDateClasses(event.date)}` },
    event.date.precision === 'day' ? null : h('span', { class: 'approx', 'aria-hidden': 'true' }, `${APPROXIMATE_MARK} `),
    formatEventDate(event.date),
    event.date.certain ? null : ' ',
    event.date.certain ? null : h('span', { class: 'inferred', title: INFERRED_NOTE }, INFERRED_MARK));
}

export function typeBadge(event: Pick<TimelineEvent, 'type'>): HTMLElement {
  const style = EVENT_TYPE_STYLE[event.type];
  return h('span', { class: `type-badge type-${event.type}` }, h('span', { class: 'glyph', 'aria-hidden': 'true' }, style.glyph), style.label);
}

/** One event of the list view; mirrors components/EventSummary.astro, plus a button that opens the detail panel. */
export function eventListItem(event: ChunkEvent, actorById: ReadonlyMap<string, Actor>): HTMLLIElement {
  const names = event.actors.map((id) => actorById.get(id)?.name ?? id);
  return h('li', {},
    h('article', { class: `event-summary type-${event.type} status-${event.status}`, 'data-event-id': event.id },
      h('p', { class: 'meta' }, eventTime(event), ' ', typeBadge(event), ' ', event.status === 'announced' ? h('span', { class: 'status-badge' }, 'Announced') : null),
      h('h3', { class: 'title' }, h('a', { href: `/events/${event.id}/` }, event.title)),
      names.length > 0 ? h('p', { class: 'actors' }, names.join(' · ')) : null,
      h('p', { class: 'sources-count' },
        event.sources === 1 ? '1 source' : `${event.sources} sources`, ' · ',
        h('button', { type: 'button', class: 'link-button', 'data-open-event': event.id }, 'Details', h('span', { class: 'visually-hidden' }, `: ${event.title}`))),
    ));
}

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
