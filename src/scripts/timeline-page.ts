/**
 * The timeline page's coordinator: it owns the filter (and the URL that records it) and the
 * page's data, and wires the custom elements that show them. Each element only shows what it
 * is given and asks with DOM events: <dateline-filters> (`filter-change`), <dateline-timeline>
 * (`timeline-open`, `timeline-window`), <dateline-event-list> (`list-open`), <dateline-detail>
 * (`detail-close`, `detail-step`) and <dateline-overview> (`overview-select`).
 */
import type { Actor } from '../schema/actor.ts';
import { filterIndex, type FilterResult } from '../utils/event-mask.ts';
import { expandActors, parseFilter, serializeFilter, unknownFilterValues, type EventFilter } from '../utils/filter-events.ts';
import type { TimelineIndex } from '../utils/timeline-index.ts';
import './detail-panel.ts'; // defines <dateline-detail>
import type { DetailPanel, DetailStepEvent } from './detail-panel.ts';
import { h } from './dom.ts';
import './event-list.ts'; // defines <dateline-event-list>
import type { EventList, ListOpenEvent } from './event-list.ts';
import './filter-panel.ts'; // defines <dateline-filters>
import type { FilterChangeEvent, FilterPanel } from './filter-panel.ts';
import './overview-strip.ts'; // defines <dateline-overview>
import type { OverviewStrip } from './overview-strip.ts';
import './timeline-chart.ts'; // defines <dateline-timeline>
import type { Fit, Lane, TimelineChart, TimelineOpenEvent, TimelineWindowEvent } from './timeline-chart.ts';
import { Chunks, fetchJson, TextSearch } from './timeline-data.ts';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`timeline page: missing ${selector} in src/pages/index.astro`);
  return element;
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
  const chart = required<TimelineChart>(app, '[data-timeline-chart]');
  const overview = required<OverviewStrip>(app, '[data-overview]');
  const panel = required<DetailPanel>(app, '[data-detail-panel]');
  const list = required<EventList>(app, '[data-event-list-view]');
  const count = required<HTMLElement>(app, '[data-result-count]');
  const unknownNotice = required<HTMLElement>(app, '[data-unknown-filter]');
  const lanesToggle = required<HTMLElement>(app, '[data-lanes-toggle]');
  const lanesBox = required<HTMLInputElement>(lanesToggle, '[data-lanes]');

  const everything = filterIndex(index, actors, { actors: [], affiliated: false, types: [] }, null);
  filters.setup(actors, everything);
  const chartReady = chart.setup(index, (indices) => chunks.get(indices));
  list.setup(index.ids);

  let state: EventFilter = parseFilter(new URLSearchParams(location.search));
  let result: FilterResult = everything;
  let returnFocusTo: HTMLElement | null = null;

  /** The kept events' indices, in date order. */
  const keptIndices = () => {
    const kept: number[] = [];
    for (let i = 0; i < total; i++) if (result.mask[i] === 1) kept.push(i);
    return kept;
  };

  /** The lanes the timeline shows: one per chosen actor when the reader asks for them, else one unnamed lane. */
  const lanes = (): Lane[] => {
    if (!state.lanes || state.actors.length === 0) return [{ id: null, name: '', mask: result.mask }];
    return state.actors.filter((id) => actorById.has(id)).map((id) => {
      const mask = new Uint8Array(total);
      for (const actor of expandActors([id], actors, state.affiliated)) for (const i of index.postings[actor] ?? []) mask[i] = result.mask[i]!;
      return { id, name: actorById.get(id)!.name, mask };
    });
  };

  let filtering = 0;
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
    const kept = keptIndices();
    overview.setData(kept.map((i) => index.start[i]!));
    await Promise.all([chart.show({ mask: result.mask, lanes: lanes(), selected: state.event }, fit), list.show(kept)]);
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
      chart.select(id);
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
    const target = returnFocusTo?.isConnected ? returnFocusTo : closing ? chart.itemButton(closing) : null;
    returnFocusTo = null;
    target?.focus();
  }

  chart.addEventListener('timeline-open', (e) => {
    const { id, opener } = (e as TimelineOpenEvent).detail;
    openEvent(id, opener);
  });
  chart.addEventListener('timeline-window', (e) => {
    const { fromDay, toDay } = (e as TimelineWindowEvent).detail;
    overview.setWindow(fromDay, toDay);
  });
  overview.addEventListener('overview-select', (e) => chart.centreOn((e as CustomEvent<{ day: number }>).detail.day));
  list.addEventListener('list-open', (e) => {
    const { id, opener } = (e as ListOpenEvent).detail;
    openEvent(id, opener);
  });
  panel.addEventListener('detail-close', closePanel);
  filters.addEventListener('filter-change', (e) => {
    const { filter, mode } = (e as FilterChangeEvent).detail;
    void commit(filter, mode);
  });
  window.addEventListener('popstate', () => void render(parseFilter(new URLSearchParams(location.search)), { fit: 'all' }));
  // The skip link's target takes focus itself, so the next Tab reaches the first item.
  required<HTMLAnchorElement>(app, 'a[href="#timeline-chart"]').addEventListener('click', () => chart.focusChart());
  lanesBox.addEventListener('change', () => void commit({ ...state, lanes: lanesBox.checked }, 'push', 'none'));

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
    void commit({ ...state, event: index.ids[target]! }, 'push', 'none').then(() => chart.reveal());
  });
  /** Disables Previous at the first shown event and Next at the last. */
  const updateSteps = () => panel.setSteps((step) => stepFromOpen(step) !== undefined);

  app.hidden = false;
  status.hidden = true;
  await chartReady;
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
