import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Actor } from '../schema/actor.ts';
import type { EventType, TimelineEvent } from '../schema/event.ts';
import { eventActorIds } from '../utils/event-actor-ids.ts';
import { densestWindow } from '../utils/densest-window.ts';
import { filterEvents, parseFilter, serializeFilter, type EventFilter } from '../utils/filter-events.ts';
import { loadDetail } from './detail-panel.ts';
import { h } from './dom.ts';
import { eventListItem, timelineItemContent } from './event-views.ts';
import {
  narrowActorOptions, readFilterForm, renderActorOptions, renderChosenActors, renderTypeOptions, writeFilterForm,
} from './filter-form.ts';
import { toTimelineItem, type TimelineItem } from './timeline-item.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const TYPING_PAUSE_MS = 300; // free-text search waits for a pause in typing before it filters
const WIDE_QUERY = '(min-width: 60rem)';
const LABEL_FALLBACK_PX = 270; // widest item label, when none is drawn yet to measure
const ITEM_CHROME_PX = 28; // dot, padding and border around a label
const MIN_WINDOW_MS = 7 * DAY_MS; // a single day would zoom in to hours
const EDGE_MARGIN = 0.03; // share of the window kept free at the left edge
const BUSIEST_SHARE = 0.8; // "most events" means this share of the shown ones

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

async function main(): Promise<void> {
  const app = required<HTMLElement>(document, '[data-timeline-app]');
  const status = required<HTMLElement>(document, '[data-load-status]');
  // The events come from a static JSON file, not the HTML, so a later version can load them by period.
  const [events, actors] = await Promise.all([
    fetchJson<TimelineEvent[]>('/data/events.json'),
    fetchJson<Actor[]>('/data/actors.json'),
  ]);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const actorById = new Map(actors.map((a) => [a.id, a]));

  const form = required<HTMLFormElement>(app, '[data-filter-form]');
  const actorOptions = required<HTMLElement>(app, '[data-actor-options]');
  const actorSearch = required<HTMLInputElement>(app, '[data-actor-search]');
  const actorSearchStatus = required<HTMLElement>(app, '[data-actor-search-status]');
  const chosen = required<HTMLElement>(app, '[data-chosen-actors]');
  const list = required<HTMLOListElement>(app, '[data-event-list]');
  const count = required<HTMLElement>(app, '[data-result-count]');
  const activeCount = required<HTMLElement>(app, '[data-active-count]');
  const filtersBox = required<HTMLDetailsElement>(app, '[data-filters]');
  const panel = required<HTMLElement>(app, '[data-detail-panel]');
  const panelBody = required<HTMLElement>(panel, '[data-detail-body]');
  const panelHeading = required<HTMLElement>(panel, '[data-detail-heading]');

  const actorCounts = new Map<string, number>();
  const typeCounts = new Map<EventType, number>();
  for (const event of events) {
    for (const id of eventActorIds(event)) actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1);
    typeCounts.set(event.type, (typeCounts.get(event.type) ?? 0) + 1);
  }
  renderActorOptions(actorOptions, actors, actorCounts);
  renderTypeOptions(required(app, '[data-type-options]'), typeCounts);
  filtersBox.open = window.matchMedia(WIDE_QUERY).matches;

  // One DataSet of every event, seen through a DataView whose filter is the reader's filter.
  let visible = new Set<string>(events.map((e) => e.id));
  const items = new DataSet<TimelineItem, 'id'>(events.map(toTimelineItem));
  const view = new DataView(items, { filter: (item) => visible.has(item.id) });
  // Item content is built as DOM (text nodes) and cached, so vis-timeline never parses article text as HTML
  // and keeps the same button (and its focus) across redraws. Its XSS filter stays on for anything else.
  const itemContent = new Map<string, HTMLElement>();
  const options: TimelineOptions = {
    height: undefined,
    minHeight: 220,
    maxHeight: window.matchMedia(WIDE_QUERY).matches ? 560 : 420,
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    zoomMin: 7 * DAY_MS,
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
        content = timelineItemContent(eventById.get(item.id)!);
        itemContent.set(item.id, content);
      }
      return content;
    },
  };
  // vis-timeline fits the window itself after its first draw; our own fit (with room for labels) must come after that.
  const firstDraw = new Promise<void>((resolve) => {
    options.onInitialDrawComplete = resolve;
  });
  const timelineElement = required<HTMLElement>(app, '[data-timeline]');
  const timeline = new Timeline(timelineElement, view as never, options);

  /**
   * Shows [startMs, endMs] with a small margin on the left and, on the right, room for the last
   * labels, which run to the right of their dates and would otherwise be cut off at the edge.
   */
  const showRange = (startMs: number, endMs: number) => {
    const widthPx = timelineElement.clientWidth || 1;
    const sample = timelineElement.querySelector('.item-button');
    const labelPx = Math.min((sample ? parseFloat(getComputedStyle(sample).maxWidth) || LABEL_FALLBACK_PX : LABEL_FALLBACK_PX) + ITEM_CHROME_PX, widthPx * 0.5);
    const spanMs = Math.max(endMs - startMs, MIN_WINDOW_MS);
    const start = startMs - spanMs * EDGE_MARGIN;
    timeline.setWindow(start, start + (spanMs * (1 + EDGE_MARGIN)) / (1 - labelPx / widthPx), { animation: false });
  };
  /** Every shown event in view. */
  const fitAll = () => {
    const shown = items.get({ filter: (item) => visible.has(item.id) });
    if (shown.length === 0) return;
    showRange(Math.min(...shown.map((i) => i.start.getTime())), Math.max(...shown.map((i) => (i.end ?? i.start).getTime())));
  };
  /** The shortest stretch holding most shown events, for when a few far-off events squeeze the rest. */
  const fitBusiest = () => {
    const shown = items.get({ filter: (item) => visible.has(item.id) });
    const range = densestWindow(shown.map((i) => i.start.getTime()), BUSIEST_SHARE);
    if (range) showRange(range[0], range[1] + DAY_MS);
  };

  let state: EventFilter = parseFilter(new URLSearchParams(location.search));
  let returnFocusTo: HTMLElement | null = null;

  function render(next: EventFilter, { fit }: { fit: boolean }): void {
    state = next;
    writeFilterForm(form, state);
    renderChosenActors(chosen, state, actorById);
    const kept = filterEvents(events, actors, state);
    visible = new Set(kept.map((e) => e.id));
    view.refresh();
    list.replaceChildren(...kept.map((e) => eventListItem(e, actorById)));
    const active = state.actors.length + state.types.length + (state.q ? 1 : 0);
    activeCount.textContent = active ? `(${active} active)` : '';
    count.textContent = kept.length === events.length
      ? `Showing all ${events.length} events.`
      : `Showing ${kept.length} of ${events.length} events.`;
    if (fit && kept.length > 0) fitAll();
    void showPanel(state.event, false);
  }

  /** Moves to a new filter, recording it in the URL: `push` makes a history entry, `replace` does not. */
  function commit(next: EventFilter, mode: 'push' | 'replace', fit = true): void {
    const search = serializeFilter(next);
    if (search !== location.search) {
      const url = `${location.pathname}${search}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    render(next, { fit });
  }

  let shownEvent: string | null = null;
  async function showPanel(id: string | null, moveFocus: boolean): Promise<void> {
    if (id && !eventById.has(id)) id = null;
    if (id === shownEvent) {
      if (id && moveFocus) panelHeading.focus();
      return;
    }
    shownEvent = id;
    timeline.setSelection(id ? [id] : []);
    if (!id) {
      panel.hidden = true;
      panelBody.replaceChildren();
      document.body.classList.remove('panel-open');
      return;
    }
    panel.hidden = false;
    document.body.classList.add('panel-open');
    panelBody.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const detail = await loadDetail(id);
      if (shownEvent !== id) return; // the reader moved on while it loaded
      panelBody.replaceChildren(document.importNode(detail, true));
    } catch (error) {
      panelBody.replaceChildren(h('p', {}, 'Could not load this event. ', h('a', { href: `/events/${id}/` }, 'Open its page'), '.'));
      console.error(error);
    }
    if (moveFocus) panelHeading.focus();
  }

  function openEvent(id: string, opener: HTMLElement | null): void {
    returnFocusTo = opener;
    if (state.event === id) {
      void showPanel(id, true);
      return;
    }
    commit({ ...state, event: id }, 'push', false);
    void showPanel(id, true);
  }

  function closePanel(): void {
    const closing = state.event;
    commit({ ...state, event: null }, 'push', false);
    // Focus goes back to what opened the panel, else to the event's item, never lost to the page.
    const target = returnFocusTo?.isConnected
      ? returnFocusTo
      : closing ? timelineElement.querySelector<HTMLElement>(`[data-open-event="${CSS.escape(closing)}"]`) : null;
    returnFocusTo = null;
    target?.focus();
  }

  // Buttons on timeline items and in the list open the panel (click, Enter or Space).
  app.addEventListener('click', (e) => {
    const opener = (e.target as Element).closest<HTMLElement>('[data-open-event]');
    if (opener) {
      e.preventDefault();
      openEvent(opener.dataset.openEvent!, opener);
      return;
    }
    const remove = (e.target as Element).closest<HTMLElement>('[data-remove-actor]');
    if (remove) {
      const id = remove.dataset.removeActor!;
      commit({ ...state, actors: state.actors.filter((a) => a !== id) }, 'push');
      actorSearch.focus();
    }
  });
  // A tap on a bar outside its label still selects the event.
  timeline.on('select', ({ items: selected }: { items: string[] }) => {
    if (selected.length === 1 && selected[0] !== state.event) openEvent(selected[0]!, null);
  });
  required<HTMLButtonElement>(panel, '[data-detail-close]').addEventListener('click', closePanel);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closePanel();
  });

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target === actorSearch || target.name === 'q') return;
    commit(readFilterForm(form, state), 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  required<HTMLInputElement>(form, 'input[name="q"]').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(readFilterForm(form, state), 'replace'), TYPING_PAUSE_MS);
  });
  actorSearch.addEventListener('input', () => {
    const shown = narrowActorOptions(actorOptions, actorSearch.value);
    actorSearchStatus.textContent = actorSearch.value.trim() ? `${shown} ${shown === 1 ? 'actor matches' : 'actors match'}.` : '';
  });
  // Enter in the actor search ticks the only match, so a name can be chosen without leaving the field.
  actorSearch.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const matches = [...actorOptions.querySelectorAll<HTMLLIElement>('li:not([hidden])')];
    const input = matches.length === 1 ? matches[0]!.querySelector<HTMLInputElement>('input') : null;
    if (input) {
      input.checked = !input.checked;
      commit(readFilterForm(form, state), 'push');
    }
  });
  required<HTMLButtonElement>(form, '[data-clear]').addEventListener('click', () => {
    actorSearch.value = '';
    narrowActorOptions(actorOptions, '');
    actorSearchStatus.textContent = '';
    commit({ actors: [], affiliated: false, types: [], q: '', event: null }, 'push');
  });
  window.addEventListener('popstate', () => render(parseFilter(new URLSearchParams(location.search)), { fit: true }));

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

  app.hidden = false;
  status.hidden = true;
  render(state, { fit: true });
  await firstDraw;
  if (visible.size > 0) fitAll();
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
