/**
 * <dateline-timeline>: the vis-timeline chart with its view controls (zoom, pan, presets, show
 * all). It is given the kept events (a mask over the index), the lanes and the selected event,
 * and draws only what its window needs: single events where they fit, an aggregate where a
 * period is dense, with each event's words fetched through the loader it was set up with. It
 * knows nothing of filters or the URL, and asks with DOM events: `timeline-open` ({ id, opener })
 * when the reader chooses an event, `timeline-window` ({ fromDay, toDay }) when the window moves.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { dayOfLocalDate, isoOfDay, localDateOfDay } from '../utils/day-number.ts';
import { densestWindow } from '../utils/densest-window.ts';
import type { ChunkEvent, TimelineIndex } from '../utils/timeline-index.ts';
import { DEFAULT_WINDOW_OPTIONS, windowItems, type WindowItem } from '../utils/window-items.ts';
import { aggregateItemContent, timelineItemContent } from './timeline-item-content.ts';
import { toTimelineItem, type TimelineItem } from './timeline-item.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const REDRAW_PAUSE_MS = 60; // a pan or zoom redraws the items once it pauses this long
const WIDE_QUERY = '(min-width: 60rem)';
const LABEL_FALLBACK_PX = 270; // widest item label, when none is drawn yet to measure
const ITEM_CHROME_PX = 28; // dot, padding and border around a label
const MIN_WINDOW_MS = 7 * DAY_MS; // a single day would zoom in to hours
const EDGE_MARGIN = 0.03; // share of the window kept free at the left edge
const BUSIEST_SHARE = 0.8; // "most events" means this share of the shown ones
const EVENT_SPAN_DAYS = [14, 180] as const; // a chosen event opens in a window this wide, at least and at most
const ARROW_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** One row of the chart: an actor's lane (vis-timeline group) or, with id null, the single unnamed one. */
export interface Lane {
  id: string | null;
  name: string;
  /** 1 for each event (in index order) the lane draws */
  mask: Uint8Array;
}

/** How the window follows a new set of events: every kept event, the busiest stretch (first view), or no move. */
export type Fit = 'all' | 'story' | 'none';

export type TimelineOpenEvent = CustomEvent<{ id: string; opener: HTMLElement | null }>;
export type TimelineWindowEvent = CustomEvent<{ fromDay: number; toDay: number }>;

function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<dateline-timeline>: missing ${selector} in src/pages/index.astro`);
  return element;
}

export class TimelineChart extends HTMLElement {
  private frame!: HTMLElement;
  private timeline!: Timeline;
  private index!: TimelineIndex;
  private indexOf = new Map<string, number>();
  private loadEvents!: (indices: readonly number[]) => Promise<ChunkEvent[]>;
  // vis-timeline only ever holds what the window shows: single events where they fit, aggregates where dense.
  private readonly items = new DataSet<TimelineItem, 'id'>();
  // Item content is built as DOM (text nodes) and cached, so vis-timeline never parses article text as HTML
  // and keeps the same button (and its focus) across redraws. Its XSS filter stays on for anything else.
  private readonly itemContent = new Map<string, HTMLElement>();
  private readonly aggregates = new Map<string, Extract<WindowItem, { kind: 'aggregate' }>>();
  private readonly eventOfItem = new Map<string, ChunkEvent>();
  /** vis-timeline item id -> the event it draws (an event drawn in two lanes has two items) */
  private readonly eventOfItemId = new Map<string, string>();
  private mask: Uint8Array = new Uint8Array(0);
  private lanes: Lane[] = [];
  private selected: string | null = null;
  private groupsShown = '';
  private drawing = 0;
  private redraw: ReturnType<typeof setTimeout> | undefined;
  /** what the last fit asked for, fitted again when the width changes; null once the reader pans or zooms */
  private lastRange: [number, number] | null = null;

  /**
   * Draws the chart over `index`, reading events' words through `loadEvents`; resolves once
   * vis-timeline has set its first window (fits before that would be undone). Call once.
   */
  setup(index: TimelineIndex, loadEvents: (indices: readonly number[]) => Promise<ChunkEvent[]>): Promise<void> {
    this.index = index;
    this.indexOf = new Map(index.ids.map((id, i) => [id, i]));
    this.loadEvents = loadEvents;
    this.mask = new Uint8Array(index.ids.length);
    this.frame = part(this, '[data-timeline]');
    this.timeline = new Timeline(this.frame, this.items, this.options());
    const firstChange = new Promise<void>((resolve) => {
      const once = () => {
        this.timeline.off('changed', once);
        resolve();
      };
      this.timeline.on('changed', once);
    });
    this.listen();
    return firstChange;
  }

  /** Shows the kept events (`mask`) in `lanes` with `selected` chosen, moving the window as `fit` says, and draws them. */
  show({ mask, lanes, selected }: { mask: Uint8Array; lanes: Lane[]; selected: string | null }, fit: Fit): Promise<void> {
    this.mask = mask;
    this.lanes = lanes;
    this.selected = selected;
    const open = this.openIndex();
    const kept = this.keptCount();
    if (fit !== 'none' && open !== undefined && (fit === 'story' || mask[open] !== 1 || this.openEventOutOfView() !== undefined)) this.showEvent(open);
    else if (fit === 'story' && kept > 0) this.fitBusiest();
    else if (fit === 'all' && kept > 0) this.fitAll();
    return this.draw();
  }

  /** Selects the event `id`'s items (null selects none). */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.timeline.setSelection(id ? this.items.getIds().map(String).filter((itemId) => this.eventOfItemId.get(itemId) === id) : []);
  }

  /** Brings the selected event into view when it is kept but outside the window. */
  reveal(): void {
    const lost = this.openEventOutOfView();
    if (lost !== undefined) this.showEvent(lost);
  }

  /** Moves the window, at its width, to centre on `day`. */
  centreOn(day: number): void {
    const { start, end } = this.timeline.getWindow();
    const half = (end.getTime() - start.getTime()) / 2;
    const middle = localDateOfDay(day).getTime();
    this.lastRange = null;
    this.timeline.setWindow(middle - half, middle + half, { animation: false });
  }

  /** The button of the event `id`'s item, when it is drawn. */
  itemButton(id: string): HTMLElement | null {
    return this.frame.querySelector<HTMLElement>(`[data-open-event="${CSS.escape(id)}"]`);
  }

  /** Focuses the chart itself, so the next Tab reaches its first item. */
  focusChart(): void {
    this.frame.focus();
  }

  private options(): TimelineOptions {
    return {
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
        let content = this.itemContent.get(item.id);
        if (!content) {
          const aggregate = this.aggregates.get(item.id);
          content = aggregate ? aggregateItemContent(aggregate.count, aggregate.startDay, aggregate.endDay) : timelineItemContent(this.eventOfItem.get(item.id)!);
          this.itemContent.set(item.id, content);
        }
        return content;
      },
    };
  }

  private openIndex(): number | undefined {
    return this.selected ? this.indexOf.get(this.selected) : undefined;
  }

  private keptCount(): number {
    let n = 0;
    for (const m of this.mask) n += m;
    return n;
  }

  /** The kept events' indices, in date order. */
  private keptIndices(): number[] {
    const kept: number[] = [];
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i] === 1) kept.push(i);
    return kept;
  }

  /**
   * Shows [startMs, endMs] with a small margin on the left and, on the right, room for the last
   * labels, which run to the right of their dates and would otherwise be cut off at the edge.
   */
  private showRange(startMs: number, endMs: number): void {
    this.lastRange = [startMs, endMs];
    const widthPx = this.frame.clientWidth || 1;
    const sample = this.frame.querySelector('.item-button');
    const labelPx = Math.min((sample ? parseFloat(getComputedStyle(sample).maxWidth) || LABEL_FALLBACK_PX : LABEL_FALLBACK_PX) + ITEM_CHROME_PX, widthPx * 0.5);
    const spanMs = Math.max(endMs - startMs, MIN_WINDOW_MS);
    const start = startMs - spanMs * EDGE_MARGIN;
    this.timeline.setWindow(start, start + (spanMs * (1 + EDGE_MARGIN)) / (1 - labelPx / widthPx), { animation: false });
  }

  private showDays(fromDay: number, toDay: number): void {
    this.showRange(localDateOfDay(fromDay).getTime(), localDateOfDay(toDay + 1).getTime());
  }

  /** Every kept event in view. */
  private fitAll(): void {
    const kept = this.keptIndices();
    if (kept.length === 0) return;
    this.showDays(this.index.start[kept[0]!]!, Math.max(...kept.map((i) => this.index.end[i]!)));
  }

  /** The shortest stretch holding most kept events, for when a few far-off events squeeze the rest. */
  private fitBusiest(): void {
    const range = densestWindow(this.keptIndices().map((i) => this.index.start[i]!), BUSIEST_SHARE);
    if (range) this.showDays(range[0], range[1]);
  }

  /** Centres the window on one event, wide enough to show its neighbours. */
  private showEvent(i: number): void {
    const busiest = densestWindow(this.keptIndices().map((k) => this.index.start[k]!), BUSIEST_SHARE);
    const spanDays = Math.min(Math.max(busiest ? busiest[1] - busiest[0] : 0, EVENT_SPAN_DAYS[0]), EVENT_SPAN_DAYS[1]);
    const middle = (this.index.start[i]! + this.index.end[i]! + 1) / 2;
    this.showDays(Math.floor(middle - spanDays / 2), Math.ceil(middle + spanDays / 2));
  }

  /** A window of `days` days around the selected event when it is in view, else around the window's middle. */
  private zoomToDays(days: number): void {
    const { start, end } = this.timeline.getWindow();
    const open = this.openIndex();
    const from = dayOfLocalDate(start);
    const to = dayOfLocalDate(end);
    const middle = open !== undefined && this.index.start[open]! <= to && this.index.end[open]! >= from ? this.index.start[open]! + 0.5 : (from + to) / 2;
    const half = (days * DAY_MS) / 2;
    const middleMs = localDateOfDay(Math.floor(middle)).getTime() + (middle % 1) * DAY_MS;
    this.lastRange = null;
    this.timeline.setWindow(middleMs - half, middleMs + half, { animation: false });
  }

  private zoom(factor: number): void {
    const { start, end } = this.timeline.getWindow();
    const middle = (start.getTime() + end.getTime()) / 2;
    const half = Math.max(((end.getTime() - start.getTime()) * factor) / 2, 3 * DAY_MS);
    this.timeline.setWindow(middle - half, middle + half, { animation: false });
  }

  private pan(fraction: number): void {
    const { start, end } = this.timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    this.timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  }

  /** The selected event's index when it is kept but out of the window, else undefined. */
  private openEventOutOfView(): number | undefined {
    const open = this.openIndex();
    if (open === undefined || this.mask[open] !== 1) return undefined;
    const { start, end } = this.timeline.getWindow();
    return this.index.start[open]! > dayOfLocalDate(end) || this.index.end[open]! < dayOfLocalDate(start) ? open : undefined;
  }

  /** Replaces vis-timeline's items by what the current window needs. */
  private async draw(): Promise<void> {
    const ticket = ++this.drawing;
    const { start, end } = this.timeline.getWindow();
    const open = this.openIndex() ?? -1;
    const width = this.frame.clientWidth || 800;
    const laneItems = this.lanes.map((lane) => ({
      lane: lane.id,
      wanted: windowItems(this.index, lane.mask, dayOfLocalDate(start), dayOfLocalDate(end), width, { ...DEFAULT_WINDOW_OPTIONS, keep: open }),
    }));
    const singles = [...new Set(laneItems.flatMap(({ wanted }) => wanted.flatMap((w) => (w.kind === 'event' ? [w.index] : []))))];
    const words = new Map((await this.loadEvents(singles)).map((e, k) => [singles[k]!, e]));
    if (ticket !== this.drawing) return; // a newer draw is under way
    const next: TimelineItem[] = [];
    const selectedItems: string[] = [];
    for (const { lane, wanted } of laneItems) {
      const group = lane === null ? {} : { group: lane };
      for (const w of wanted) {
        if (w.kind === 'event') {
          const event = words.get(w.index)!;
          const id = lane === null ? event.id : `${lane}|${event.id}`;
          this.eventOfItem.set(id, event);
          this.eventOfItemId.set(id, event.id);
          next.push({ ...toTimelineItem(event), id, ...group });
          if (event.id === this.selected) selectedItems.push(id);
        } else {
          const id = `aggregate-${lane ?? ''}-${w.key}-${w.count}`;
          this.aggregates.set(id, w);
          next.push({ id, content: `${w.count} events`, start: localDateOfDay(w.startDay), end: localDateOfDay(w.endDay + 1), type: 'range', className: 'aggregate', ...group });
        }
      }
    }
    const named = this.lanes.filter((l) => l.id !== null);
    const groups = named.map((l) => l.id).join('\n');
    if (groups !== this.groupsShown) {
      this.groupsShown = groups;
      this.items.clear();
      this.timeline.setGroups(named.length > 0 ? new DataSet(named.map((l, order) => ({ id: l.id!, content: l.name, order }))) : (null as never));
    }
    const keep = new Set(next.map((i) => i.id));
    this.items.remove(this.items.getIds().filter((id) => !keep.has(String(id))));
    this.items.add(next.filter((i) => !this.items.get(i.id)));
    this.timeline.setSelection(selectedItems);
    this.frame.dataset.drawn = String(ticket);
  }

  private open(id: string, opener: HTMLElement | null): void {
    this.dispatchEvent(new CustomEvent('timeline-open', { bubbles: true, detail: { id, opener } }));
  }

  private listen(): void {
    const { timeline, frame } = this;
    timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) this.lastRange = null; // the reader's own pan or zoom is kept as it is
      const fromDay = dayOfLocalDate(start);
      const toDay = dayOfLocalDate(end);
      frame.dataset.windowStart = isoOfDay(fromDay);
      frame.dataset.windowEnd = isoOfDay(toDay);
      this.dispatchEvent(new CustomEvent('timeline-window', { bubbles: true, detail: { fromDay, toDay } }));
      clearTimeout(this.redraw);
      this.redraw = setTimeout(() => void this.draw(), REDRAW_PAUSE_MS);
    });
    // A narrower chart (the detail panel opened) fits again what was asked for, and keeps the selected event in view.
    let widthPx = frame.clientWidth;
    new ResizeObserver(() => {
      if (frame.clientWidth === widthPx) return;
      widthPx = frame.clientWidth;
      const lost = this.openEventOutOfView();
      if (lost !== undefined) this.showEvent(lost);
      else if (this.lastRange) this.showRange(...this.lastRange);
    }).observe(frame);

    // An item's button opens its event (click, Enter or Space); an aggregate's zooms in to its period.
    frame.addEventListener('click', (e) => {
      const opener = (e.target as Element).closest<HTMLElement>('[data-open-event]');
      if (opener) {
        e.preventDefault();
        this.open(opener.dataset.openEvent!, opener);
        return;
      }
      const zoomTo = (e.target as Element).closest<HTMLElement>('[data-zoom-to]');
      if (zoomTo) {
        const [from, to] = zoomTo.dataset.zoomTo!.split(':').map(Number);
        this.showDays(from!, to!);
      }
    });
    // A tap on a bar outside its label still chooses the event (an aggregate's bar zooms in).
    timeline.on('select', ({ items: selected }: { items: string[] }) => {
      const id = selected[0];
      if (selected.length !== 1 || !id) return;
      const aggregate = this.aggregates.get(id);
      const eventId = this.eventOfItemId.get(id);
      if (aggregate) this.showDays(aggregate.startDay, aggregate.endDay);
      else if (eventId && eventId !== this.selected) this.open(eventId, null);
    });

    // Arrow keys move between the items, left to right (then top to bottom); Home and End go to the ends.
    frame.addEventListener('keydown', (e) => {
      const current = (e.target as Element).closest<HTMLElement>('.item-button');
      if (!current || !ARROW_KEYS.includes(e.key)) return;
      const buttons = [...frame.querySelectorAll<HTMLElement>('.item-button')]
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

    // View controls, so zooming and panning never need a mouse wheel or a drag.
    const controls: Record<string, () => void> = {
      'zoom-in': () => this.zoom(0.5),
      'zoom-out': () => this.zoom(2),
      earlier: () => this.pan(-0.5),
      later: () => this.pan(0.5),
      fit: () => this.fitAll(),
      busiest: () => this.fitBusiest(),
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.addEventListener('click', () => controls[button.dataset.view!]?.());
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom-preset]')) {
      button.addEventListener('click', () => this.zoomToDays(Number(button.dataset.zoomPreset)));
    }
  }
}

customElements.define('dateline-timeline', TimelineChart);
