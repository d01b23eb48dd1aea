/**
 * The timeline page's script: owns the filter (and the URL that records it), the vis-timeline
 * chart and the list under it. The parts around it are custom elements that only show what they
 * are given and ask with DOM events: <dateline-filters> (`filter-change`), <dateline-detail>
 * (`detail-close`, `detail-step`) and <dateline-overview> (`overview-select`).
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Actor } from '../schema/actor.ts';
import type { TimelineEvent } from '../schema/event.ts';
import { dayOfLocalDate, isoOfDay, localDateOfDay } from '../utils/day-number.ts';
import { densestWindow } from '../utils/densest-window.ts';
import { filterIndex, type FilterResult } from '../utils/event-mask.ts';
import { eventSearchText, expandActors, parseFilter, serializeFilter, unknownFilterValues, type EventFilter } from '../utils/filter-events.ts';
import { chunkKey, type ChunkEvent, type TimelineIndex } from '../utils/timeline-index.ts';
import { DEFAULT_WINDOW_OPTIONS, windowItems, type WindowItem } from '../utils/window-items.ts';
import './detail-panel.ts'; // defines <dateline-detail>
import type { DetailPanel, DetailStepEvent } from './detail-panel.ts';
import { h } from './dom.ts';
import { aggregateItemContent, eventListItem, timelineItemContent } from './event-views.ts';
import './filter-panel.ts'; // defines <dateline-filters>
import type { FilterChangeEvent, FilterPanel } from './filter-panel.ts';
import './overview-strip.ts'; // defines <dateline-overview>
import type { OverviewStrip } from './overview-strip.ts';
import { toTimelineItem, type TimelineItem } from './timeline-item.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const REDRAW_PAUSE_MS = 60; // a pan or zoom redraws the items once it pauses this long
const WIDE_QUERY = '(min-width: 60rem)';
const LABEL_FALLBACK_PX = 270; // widest item label, when none is drawn yet to measure
const ITEM_CHROME_PX = 28; // dot, padding and border around a label
const MIN_WINDOW_MS = 7 * DAY_MS; // a single day would zoom in to hours
const EDGE_MARGIN = 0.03; // share of the window kept free at the left edge
const BUSIEST_SHARE = 0.8; // "most events" means this share of the shown ones
const LIST_PAGE = 100; // the list under the timeline shows this many events at a time
const EVENT_SPAN_DAYS = [14, 180] as const; // a shared event opens in a window this wide, at least and at most

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`timeline page: missing ${selector} in src/pages/index.astro`);
  return element;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The monthly chunks of event words (/data/timeline/<month>.json), each fetched once, when first needed. */
class Chunks {
  private readonly months = new Map<string, Promise<Map<string, ChunkEvent>>>();
  private readonly index: TimelineIndex;
  constructor(index: TimelineIndex) {
    this.index = index;
  }

  private month(key: string): Promise<Map<string, ChunkEvent>> {
    let pending = this.months.get(key);
    if (!pending) {
      pending = fetchJson<ChunkEvent[]>(`/data/timeline/${key}.json`).then((list) => new Map(list.map((e) => [e.id, e])));
      pending.catch(() => this.months.delete(key));
      this.months.set(key, pending);
    }
    return pending;
  }

  /** The events at these indices, in the same order. */
  async get(indices: readonly number[]): Promise<ChunkEvent[]> {
    const keys = [...new Set(indices.map((i) => chunkKey(isoOfDay(this.index.start[i]!))))];
    const loaded = new Map(await Promise.all(keys.map(async (k) => [k, await this.month(k)] as const)));
    return indices.map((i) => loaded.get(chunkKey(isoOfDay(this.index.start[i]!)))!.get(this.index.ids[i]!)!);
  }
}

/** Word search needs every event's text; it is fetched (/data/events.json) only when the reader first types words. */
class TextSearch {
  private texts: Promise<string[]> | null = null;
  private readonly index: TimelineIndex;
  private readonly actors: readonly Actor[];
  constructor(index: TimelineIndex, actors: readonly Actor[]) {
    this.index = index;
    this.actors = actors;
  }

  async mask(q: string): Promise<Uint8Array | null> {
    const words = q.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    this.texts ??= fetchJson<TimelineEvent[]>('/data/events.json').then((events) => {
      const names = new Map(this.actors.map((a) => [a.id, a.name]));
      const byId = new Map(events.map((e) => [e.id, eventSearchText(e, names)]));
      return this.index.ids.map((id) => byId.get(id) ?? '');
    });
    const texts = await this.texts;
    return Uint8Array.from(texts, (text) => (words.every((w) => text.includes(w)) ? 1 : 0));
  }
}

async function main(): Promise<void> {
  const app = required<HTMLElement>(document, '[data-timeline-app]');
  const status = required<HTMLElement>(document, '[data-load-status]');
  // A compact index of every event (dates, types, actors); titles come by month as the window reaches them.
  const [index, actors] = await Promise.all([
    fetchJson<TimelineIndex>('/data/timeline/index.json'),
    fetchJson<Actor[]>('/data/actors.json'),
  ]);
  const total = index.ids.length;
  const indexOf = new Map(index.ids.map((id, i) => [id, i]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const chunks = new Chunks(index);
  const search = new TextSearch(index, actors);

  const filters = required<FilterPanel>(app, '[data-filters-panel]');
  const list = required<HTMLOListElement>(app, '[data-event-list]');
  const listMore = required<HTMLButtonElement>(app, '[data-list-more]');
  const count = required<HTMLElement>(app, '[data-result-count]');
  const panel = required<DetailPanel>(app, '[data-detail-panel]');
  const unknownNotice = required<HTMLElement>(app, '[data-unknown-filter]');
  const lanesToggle = required<HTMLElement>(app, '[data-lanes-toggle]');
  const lanesBox = required<HTMLInputElement>(lanesToggle, '[data-lanes]');

  const everything = filterIndex(index, actors, { actors: [], affiliated: false, types: [] }, null);
  filters.setup(actors, everything);

  // vis-timeline only ever holds what the window shows: single events where they fit, aggregates where dense.
  const items = new DataSet<TimelineItem, 'id'>();
  // Item content is built as DOM (text nodes) and cached, so vis-timeline never parses article text as HTML
  // and keeps the same button (and its focus) across redraws. Its XSS filter stays on for anything else.
  const itemContent = new Map<string, HTMLElement>();
  const aggregates = new Map<string, Extract<WindowItem, { kind: 'aggregate' }>>();
  const eventOfItem = new Map<string, ChunkEvent>();
  const options: TimelineOptions = {
    height: undefined,
    minHeight: 220,
    maxHeight: window.matchMedia(WIDE_QUERY).matches ? 560 : 420,
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    zoomMin: DAY_MS,
    showCurrentTime: false,
    stack: true,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
    selectable: true,
    multiselect: false,
    dataAttributes: ['id'], // data-id="<event id>" on each item, for tests and tools
    order: (a: TimelineItem, b: TimelineItem) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id),
    template: (item: TimelineItem) => {
      let content = itemContent.get(item.id);
      if (!content) {
        const aggregate = aggregates.get(item.id);
        content = aggregate ? aggregateItemContent(aggregate.count, aggregate.startDay, aggregate.endDay) : timelineItemContent(eventOfItem.get(item.id)!);
        itemContent.set(item.id, content);
      }
      return content;
    },
  };
  const timelineElement = required<HTMLElement>(app, '[data-timeline]');
  const overview = required<OverviewStrip>(app, '[data-overview]');
  const timeline = new Timeline(timelineElement, items, options);

  // vis-timeline sets its initial window on its first 'changed' event; our own fits must come after.
  const firstChange = new Promise<void>((resolve) => {
    const once = () => {
      timeline.off('changed', once);
      resolve();
    };
    timeline.on('changed', once);
  });

  let state: EventFilter = parseFilter(new URLSearchParams(location.search));
  let result: FilterResult = everything;

  let returnFocusTo: HTMLElement | null = null;

  /** The kept events' indices, in date order. */
  const keptIndices = () => {
    const kept: number[] = [];
    for (let i = 0; i < total; i++) if (result.mask[i] === 1) kept.push(i);
    return kept;
  };

  /**
   * Shows [startMs, endMs] with a small margin on the left and, on the right, room for the last
   * labels, which run to the right of their dates and would otherwise be cut off at the edge.
   */
  let lastRange: [number, number] | null = null; // what the last fit asked for, re-fitted when the width changes
  const showRange = (startMs: number, endMs: number) => {
    lastRange = [startMs, endMs];
    const widthPx = timelineElement.clientWidth || 1;
    const sample = timelineElement.querySelector('.item-button');
    const labelPx = Math.min((sample ? parseFloat(getComputedStyle(sample).maxWidth) || LABEL_FALLBACK_PX : LABEL_FALLBACK_PX) + ITEM_CHROME_PX, widthPx * 0.5);
    const spanMs = Math.max(endMs - startMs, MIN_WINDOW_MS);
    const start = startMs - spanMs * EDGE_MARGIN;
    timeline.setWindow(start, start + (spanMs * (1 + EDGE_MARGIN)) / (1 - labelPx / widthPx), { animation: false });
  };
  const showDays = (fromDay: number, toDay: number) => showRange(localDateOfDay(fromDay).getTime(), localDateOfDay(toDay + 1).getTime());
  /** Every kept event in view. */
  const fitAll = () => {
    const kept = keptIndices();
    if (kept.length === 0) return;
    showDays(index.start[kept[0]!]!, Math.max(...kept.map((i) => index.end[i]!)));
  };
  /** The shortest stretch holding most kept events, for when a few far-off events squeeze the rest. */
  const fitBusiest = () => {
    const range = densestWindow(keptIndices().map((i) => index.start[i]!), BUSIEST_SHARE);
    if (range) showDays(range[0], range[1]);
  };

  /** Centres the window on one event, wide enough to show its neighbours. */
  const showEvent = (i: number) => {
    const busiest = densestWindow(keptIndices().map((k) => index.start[k]!), BUSIEST_SHARE);
    const spanDays = Math.min(Math.max(busiest ? busiest[1] - busiest[0] : 0, EVENT_SPAN_DAYS[0]), EVENT_SPAN_DAYS[1]);
    const middle = (index.start[i]! + index.end[i]! + 1) / 2;
    showDays(Math.floor(middle - spanDays / 2), Math.ceil(middle + spanDays / 2));
  };
  /** A window of `days` days around the open event when it is in view, else around the window's middle. */
  const zoomToDays = (days: number) => {
    const { start, end } = timeline.getWindow();
    const open = state.event ? indexOf.get(state.event) : undefined;
    const from = dayOfLocalDate(start);
    const to = dayOfLocalDate(end);
    const middle = open !== undefined && index.start[open]! <= to && index.end[open]! >= from ? index.start[open]! + 0.5 : (from + to) / 2;
    const half = (days * DAY_MS) / 2;
    const middleMs = localDateOfDay(Math.floor(middle)).getTime() + (middle % 1) * DAY_MS;
    lastRange = null;
    timeline.setWindow(middleMs - half, middleMs + half, { animation: false });
  };
  /** The open event's index when it is kept but out of the window, else undefined. */
  const openEventOutOfView = () => {
    const open = state.event ? indexOf.get(state.event) : undefined;
    if (open === undefined || result.mask[open] !== 1) return undefined;
    const { start, end } = timeline.getWindow();
    return index.start[open]! > dayOfLocalDate(end) || index.end[open]! < dayOfLocalDate(start) ? open : undefined;
  };

  /** The lanes the timeline shows: one per chosen actor when the reader asks for them, else one unnamed lane. */
  const lanes = (): { id: string | null; mask: Uint8Array }[] => {
    if (!state.lanes || state.actors.length === 0) return [{ id: null, mask: result.mask }];
    return state.actors.filter((id) => actorById.has(id)).map((id) => {
      const mask = new Uint8Array(total);
      for (const actor of expandActors([id], actors, state.affiliated)) for (const i of index.postings[actor] ?? []) mask[i] = result.mask[i]!;
      return { id, mask };
    });
  };
  /** vis-timeline item id -> the event it draws (an event drawn in two lanes has two items). */
  const eventOfItemId = new Map<string, string>();
  let groupsShown = '';

  /** Replaces vis-timeline's items by what the current window needs. */
  let drawing = 0;
  async function draw(): Promise<void> {
    const ticket = ++drawing;
    const { start, end } = timeline.getWindow();
    const selected = state.event ? indexOf.get(state.event) ?? -1 : -1;
    const width = timelineElement.clientWidth || 800;
    const laneItems = lanes().map((lane) => ({
      lane: lane.id,
      wanted: windowItems(index, lane.mask, dayOfLocalDate(start), dayOfLocalDate(end), width, { ...DEFAULT_WINDOW_OPTIONS, keep: selected }),
    }));
    const singles = [...new Set(laneItems.flatMap(({ wanted }) => wanted.flatMap((w) => (w.kind === 'event' ? [w.index] : []))))];
    const words = new Map((await chunks.get(singles)).map((e, k) => [singles[k]!, e]));
    if (ticket !== drawing) return; // a newer draw is under way
    const next: TimelineItem[] = [];
    const selectedItems: string[] = [];
    for (const { lane, wanted } of laneItems) {
      const group = lane === null ? {} : { group: lane };
      for (const w of wanted) {
        if (w.kind === 'event') {
          const event = words.get(w.index)!;
          const id = lane === null ? event.id : `${lane}|${event.id}`;
          eventOfItem.set(id, event);
          eventOfItemId.set(id, event.id);
          next.push({ ...toTimelineItem(event), id, ...group });
          if (event.id === state.event) selectedItems.push(id);
        } else {
          const id = `aggregate-${lane ?? ''}-${w.key}-${w.count}`;
          aggregates.set(id, w);
          next.push({ id, content: `${w.count} events`, start: localDateOfDay(w.startDay), end: localDateOfDay(w.endDay + 1), type: 'range', className: 'aggregate', ...group });
        }
      }
    }
    const groups = laneItems.map((l) => l.lane).filter((id): id is string => id !== null);
    if (groups.join('\n') !== groupsShown) {
      groupsShown = groups.join('\n');
      items.clear();
      timeline.setGroups(groups.length > 0 ? new DataSet(groups.map((id, order) => ({ id, content: actorById.get(id)!.name, order }))) : (null as never));
    }
    const keep = new Set(next.map((i) => i.id));
    items.remove(items.getIds().filter((id) => !keep.has(String(id))));
    items.add(next.filter((i) => !items.get(i.id)));
    timeline.setSelection(selectedItems);
    timelineElement.dataset.drawn = String(ticket);
  }
  let redraw: ReturnType<typeof setTimeout> | undefined;
  timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
    if (byUser) lastRange = null; // the reader's own pan or zoom is kept as it is
    const fromDay = dayOfLocalDate(start);
    const toDay = dayOfLocalDate(end);
    overview.setWindow(fromDay, toDay);
    timelineElement.dataset.windowStart = isoOfDay(fromDay);
    timelineElement.dataset.windowEnd = isoOfDay(toDay);
    clearTimeout(redraw);
    redraw = setTimeout(() => void draw(), REDRAW_PAUSE_MS);
  });
  overview.addEventListener('overview-select', (e) => {
    const { day } = (e as CustomEvent<{ day: number }>).detail;
    const { start, end } = timeline.getWindow();
    const half = (end.getTime() - start.getTime()) / 2;
    const middle = localDateOfDay(day).getTime();
    lastRange = null;
    timeline.setWindow(middle - half, middle + half, { animation: false });
  });
  // The detail panel narrows the timeline: fit again what was asked for, and keep the open event in view.
  let widthPx = timelineElement.clientWidth;
  new ResizeObserver(() => {
    if (timelineElement.clientWidth === widthPx) return;
    widthPx = timelineElement.clientWidth;
    const lost = openEventOutOfView();
    if (lost !== undefined) showEvent(lost);
    else if (lastRange) showRange(...lastRange);
  }).observe(timelineElement);

  /** The list under the timeline: the kept events in date order, a page at a time. */
  let listed: number[] = [];
  async function showList(from: number): Promise<void> {
    const page = listed.slice(from, from + LIST_PAGE);
    const events = await chunks.get(page);
    const entries = events.map((e) => eventListItem(e, actorById));
    if (from === 0) list.replaceChildren(...entries);
    else list.append(...entries);
    const left = listed.length - from - page.length;
    listMore.hidden = left <= 0;
    listMore.textContent = `Show ${Math.min(left, LIST_PAGE)} more (${left} not listed yet)`;
  }
  listMore.addEventListener('click', () => void showList(list.children.length));

  let filtering = 0;
  /** How the window follows a new filter: every kept event, the busiest stretch (first view), or the open event. */
  type Fit = 'all' | 'story' | 'none';
  async function render(next: EventFilter, { fit }: { fit: Fit }): Promise<void> {
    const ticket = ++filtering;
    state = next;
    filters.showFilter(state);
    const textMask = await search.mask(state.q);
    if (ticket !== filtering) return;
    result = filterIndex(index, actors, state, textMask);
    showUnknown();
    if (!panel.hidden) updateSteps();
    lanesToggle.hidden = state.actors.length === 0;
    lanesBox.checked = state.lanes;
    filters.showCounts(result);
    count.textContent = result.kept === total ? `Showing all ${total} events.` : `Showing ${result.kept} of ${total} events.`;
    overview.setData(keptIndices().map((i) => index.start[i]!));
    const open = state.event ? indexOf.get(state.event) : undefined;
    if (fit !== 'none' && open !== undefined && (fit === 'story' || result.mask[open] !== 1 || openEventOutOfView() !== undefined)) showEvent(open);
    else if (fit === 'story' && result.kept > 0) fitBusiest();
    else if (fit === 'all' && result.kept > 0) fitAll();
    listed = keptIndices();
    await Promise.all([draw(), showList(0)]);
    void showPanel(state.event, false);
  }

  /** Says which actors, types or event of the URL this timeline does not have, with a way back to a working view. */
  function showUnknown(): void {
    const unknown = unknownFilterValues(new URLSearchParams(location.search), new Set(actorById.keys()));
    const missingEvent = state.event && !indexOf.has(state.event) ? state.event : null;
    const parts = [
      ...unknown.actors.map((a) => `the actor “${a}”`),
      ...unknown.types.map((t) => `the event type “${t}”`),
      ...(missingEvent ? [`the event “${missingEvent}”`] : []),
    ];
    unknownNotice.hidden = parts.length === 0;
    if (parts.length === 0) return;
    const fix = h('button', { type: 'button', class: 'button' }, parts.length === 1 ? 'Show the timeline without it' : 'Show the timeline without them');
    fix.addEventListener('click', () => {
      const known = { ...state, actors: state.actors.filter((a) => actorById.has(a)), event: missingEvent ? null : state.event };
      history.replaceState(null, '', `${location.pathname}${serializeFilter(known)}`);
      void render(known, { fit: 'story' });
      count.focus();
    });
    unknownNotice.replaceChildren(h('p', {}, `This link asks for ${parts.join(' and ')}, which this timeline does not have. `, fix));
  }

  /** Moves to a new filter, recording it in the URL: `push` makes a history entry, `replace` does not. */
  function commit(next: EventFilter, mode: 'push' | 'replace', fit: Fit = 'all'): Promise<void> {
    const search = serializeFilter(next);
    if (search !== location.search) {
      const url = `${location.pathname}${search}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    return render(next, { fit });
  }

  /** Opens the panel on `id` (null closes it), selecting the event's items on the timeline. */
  async function showPanel(id: string | null, moveFocus: boolean): Promise<void> {
    if (id && !indexOf.has(id)) id = null;
    if (id !== panel.event) {
      timeline.setSelection(id ? items.getIds().map(String).filter((itemId) => eventOfItemId.get(itemId) === id) : []);
      if (id) updateSteps();
    }
    await panel.show(id, moveFocus);
  }

  function openEvent(id: string, opener: HTMLElement | null): void {
    returnFocusTo = opener;
    if (state.event === id) {
      void showPanel(id, true);
      return;
    }
    void commit({ ...state, event: id }, 'push', 'none');
    void showPanel(id, true);
  }

  function closePanel(): void {
    const closing = state.event;
    void commit({ ...state, event: null }, 'push', 'none');
    // Focus goes back to what opened the panel, else to the event's item, never lost to the page.
    const target = returnFocusTo?.isConnected
      ? returnFocusTo
      : closing ? timelineElement.querySelector<HTMLElement>(`[data-open-event="${CSS.escape(closing)}"]`) : null;
    returnFocusTo = null;
    target?.focus();
  }

  // Buttons on timeline items and in the list open the panel (click, Enter or Space); an aggregate zooms in.
  app.addEventListener('click', (e) => {
    const opener = (e.target as Element).closest<HTMLElement>('[data-open-event]');
    if (opener) {
      e.preventDefault();
      openEvent(opener.dataset.openEvent!, opener);
      return;
    }
    const zoomTo = (e.target as Element).closest<HTMLElement>('[data-zoom-to]');
    if (zoomTo) {
      const [from, to] = zoomTo.dataset.zoomTo!.split(':').map(Number);
      showDays(from!, to!);
    }
  });
  // A tap on a bar outside its label still selects the event (an aggregate's bar zooms in).
  timeline.on('select', ({ items: selected }: { items: string[] }) => {
    const id = selected[0];
    if (selected.length !== 1 || !id) return;
    const aggregate = aggregates.get(id);
    const eventId = eventOfItemId.get(id);
    if (aggregate) showDays(aggregate.startDay, aggregate.endDay);
    else if (eventId && eventId !== state.event) openEvent(eventId, null);
  });
  panel.addEventListener('detail-close', closePanel);

  filters.addEventListener('filter-change', (e) => {
    const { filter, mode } = (e as FilterChangeEvent).detail;
    void commit(filter, mode);
  });
  window.addEventListener('popstate', () => void render(parseFilter(new URLSearchParams(location.search)), { fit: 'all' }));

  // The skip link's target takes focus itself, so the next Tab reaches the first item.
  required<HTMLAnchorElement>(app, 'a[href="#timeline-chart"]').addEventListener('click', () => timelineElement.focus());
  lanesBox.addEventListener('change', () => void commit({ ...state, lanes: lanesBox.checked }, 'push', 'none'));

  // Arrow keys move between the timeline's items, left to right (then top to bottom); Home and End go to the ends.
  timelineElement.addEventListener('keydown', (e) => {
    const current = (e.target as Element).closest<HTMLElement>('.item-button');
    if (!current || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    const buttons = [...timelineElement.querySelectorAll<HTMLElement>('.item-button')]
      .map((button) => ({ button, box: button.getBoundingClientRect() }))
      .sort((a, b) => a.box.left - b.box.left || a.box.top - b.box.top)
      .map(({ button }) => button);
    const at = buttons.indexOf(current);
    const target = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : at + (e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, target))];
    if (!next) return;
    e.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  // Previous and next in the panel step through the shown (filtered) events in date order.
  /** The index of the next shown event from the open one in direction `step`, or undefined at either end. */
  const stepFromOpen = (step: -1 | 1): number | undefined => {
    const at = state.event ? indexOf.get(state.event) : undefined;
    if (at === undefined) return undefined;
    let target = at + step;
    while (target >= 0 && target < total && result.mask[target] !== 1) target += step;
    return target >= 0 && target < total ? target : undefined;
  };
  panel.addEventListener('detail-step', (e) => {
    const target = stepFromOpen((e as DetailStepEvent).detail.step);
    if (target === undefined) return;
    returnFocusTo = null;
    void commit({ ...state, event: index.ids[target]! }, 'push', 'none').then(() => {
      if (openEventOutOfView() !== undefined) showEvent(target);
    });
  });
  /** Disables Previous at the first shown event and Next at the last. */
  const updateSteps = () => panel.setSteps((step) => stepFromOpen(step) !== undefined);

  // View controls, so zooming and panning never need a mouse wheel or a drag.
  const zoom = (factor: number) => {
    const { start, end } = timeline.getWindow();
    const middle = (start.getTime() + end.getTime()) / 2;
    const half = Math.max(((end.getTime() - start.getTime()) * factor) / 2, 3 * DAY_MS);
    timeline.setWindow(middle - half, middle + half, { animation: false });
  };
  const pan = (fraction: number) => {
    const { start, end } = timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  };
  const controls: Record<string, () => void> = {
    'zoom-in': () => zoom(0.5),
    'zoom-out': () => zoom(2),
    earlier: () => pan(-0.5),
    later: () => pan(0.5),
    fit: fitAll,
    busiest: fitBusiest,
  };
  for (const button of app.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    button.addEventListener('click', () => controls[button.dataset.view!]?.());
  }
  for (const button of app.querySelectorAll<HTMLButtonElement>('[data-zoom-preset]')) {
    button.addEventListener('click', () => zoomToDays(Number(button.dataset.zoomPreset)));
  }

  app.hidden = false;
  status.hidden = true;
  await firstChange;
  await render(state, { fit: 'story' });
  app.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  const status = document.querySelector<HTMLElement>('[data-load-status]');
  if (status) {
    status.hidden = false;
    status.textContent = 'The timeline could not be loaded. All events are listed on the events page.';
  }
  console.error(error);
});
