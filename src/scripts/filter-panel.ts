/**
 * <dateline-filters>: the filter form beside the timeline (words, actors, event types). It
 * shows the filter and the counts it is given and reports the reader's choices as a
 * `filter-change` event ({ filter, mode }: `push` for a choice worth a history entry, `replace`
 * for typing); the page owns the filter, the URL and the timeline.
 */
import type { Actor } from '../schema/actor.ts';
import type { EventType } from '../schema/event.ts';
import { EVENT_TYPES } from '../schema/event-type-list.ts';
import type { FilterResult } from '../utils/event-mask.ts';
import { EMPTY_FILTER, type EventFilter } from '../utils/filter-events.ts';
import { actorSearchText, pickShownActors, rankActors } from '../utils/shown-actors.ts';
import { readFilterForm, renderActorOptions, renderChosenActors, renderTypeOptions, updateOptionCounts, writeFilterForm } from './filter-form.ts';

const TYPING_PAUSE_MS = 300; // free-text search waits for a pause in typing before it filters
const WIDE_QUERY = '(min-width: 60rem)'; // the filters start open where they fit beside the timeline
const ACTOR_OPTIONS = 40; // the actor picker shows this many names (most events first); typing finds the rest

export type FilterChangeEvent = CustomEvent<{ filter: EventFilter; mode: 'push' | 'replace' }>;

function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<dateline-filters>: missing ${selector} in src/pages/index.astro`);
  return element;
}

/** How many events of each type a filter result keeps (types with none left out). */
export function typeCountMap(result: FilterResult): Map<EventType, number> {
  return new Map(EVENT_TYPES.map((t, i) => [t, result.typeCounts[i]!] as const).filter(([, n]) => n > 0));
}

export class FilterPanel extends HTMLElement {
  private form!: HTMLFormElement;
  private actorSearch!: HTMLInputElement;
  private actorOptions!: HTMLElement;
  private actorById = new Map<string, Actor>();
  private ranked: Actor[] = [];
  private searchTexts = new Map<string, string>();
  private filter: EventFilter = EMPTY_FILTER;
  private counts: ReadonlyMap<string, number> = new Map();
  private optionsShown = '';

  /** The actors to offer and the unfiltered result (for their order and the type list); call once. */
  setup(actors: readonly Actor[], everything: FilterResult): void {
    this.actorById = new Map(actors.map((a) => [a.id, a]));
    this.searchTexts = new Map(actors.map((a) => [a.id, actorSearchText(a)]));
    this.ranked = rankActors(actors, everything.actorCounts);
    this.counts = everything.actorCounts;
    this.form = part(this, '[data-filter-form]');
    this.actorSearch = part(this, '[data-actor-search]');
    this.actorOptions = part(this, '[data-actor-options]');
    renderTypeOptions(part(this, '[data-type-options]'), typeCountMap(everything));
    part<HTMLDetailsElement>(this, '[data-filters]').open = window.matchMedia(WIDE_QUERY).matches;
    this.listen();
  }

  /** Shows `filter` in the form (before its result is known: the counts follow with showCounts). */
  showFilter(filter: EventFilter): void {
    this.filter = filter;
    writeFilterForm(this.form, filter);
    renderChosenActors(part(this, '[data-chosen-actors]'), filter, this.actorById);
    this.showActorOptions();
    const active = filter.actors.length + filter.types.length + (filter.q ? 1 : 0);
    part(this, '[data-active-count]').textContent = active ? `(${active} active)` : '';
  }

  /** Each actor's and type's count under the other filters. */
  showCounts(result: FilterResult): void {
    this.counts = result.actorCounts;
    updateOptionCounts(this.form, result.actorCounts, typeCountMap(result));
  }

  /**
   * Renders the actor options the picker shows (a bounded set: the most frequent, or the typed
   * text's matches, plus the chosen ones); the DOM is rebuilt only when that set changes, so a
   * ticked box keeps its focus. Returns the picker's selection.
   */
  private showActorOptions() {
    const picked = pickShownActors(this.ranked, this.searchTexts, this.actorSearch.value, this.filter.actors, ACTOR_OPTIONS);
    const ids = picked.shown.map((a) => a.id).join('\n');
    if (ids !== this.optionsShown) {
      this.optionsShown = ids;
      renderActorOptions(this.actorOptions, picked.shown, this.counts, this.filter.actors);
    }
    const hidden = picked.unshown;
    const more = part(this, '[data-actor-more]');
    more.hidden = hidden <= 0;
    more.textContent = this.actorSearch.value.trim()
      ? `${hidden} more ${hidden === 1 ? 'match' : 'matches'}: type more of the name to find them.`
      : `${hidden} more ${hidden === 1 ? 'actor' : 'actors'} with fewer events: type a name to find them.`;
    return picked;
  }

  private change(filter: EventFilter, mode: 'push' | 'replace'): void {
    this.dispatchEvent(new CustomEvent('filter-change', { bubbles: true, detail: { filter, mode } }));
  }

  private listen(): void {
    const { form, actorSearch } = this;
    const searchStatus = part(this, '[data-actor-search-status]');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target === actorSearch || target.name === 'q') return;
      this.change(readFilterForm(form, this.filter), 'push');
    });
    let typing: ReturnType<typeof setTimeout> | undefined;
    part<HTMLInputElement>(form, 'input[name="q"]').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.change(readFilterForm(form, this.filter), 'replace'), TYPING_PAUSE_MS);
    });
    actorSearch.addEventListener('input', () => {
      const { matches } = this.showActorOptions();
      searchStatus.textContent = actorSearch.value.trim() ? `${matches} ${matches === 1 ? 'actor matches' : 'actors match'}.` : '';
    });
    // Enter in the actor search ticks the only match, so a name can be chosen without leaving the field.
    actorSearch.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      const { only } = this.showActorOptions();
      const input = only ? this.actorOptions.querySelector<HTMLInputElement>(`input[value="${CSS.escape(only.id)}"]`) : null;
      if (input) {
        input.checked = !input.checked;
        this.change(readFilterForm(form, this.filter), 'push');
      }
    });
    part<HTMLButtonElement>(form, '[data-clear]').addEventListener('click', () => {
      actorSearch.value = '';
      searchStatus.textContent = '';
      this.change({ ...EMPTY_FILTER, lanes: this.filter.lanes }, 'push');
    });
    // A chosen actor's chip removes it.
    this.addEventListener('click', (e) => {
      const remove = (e.target as Element).closest<HTMLElement>('[data-remove-actor]');
      if (!remove) return;
      const id = remove.dataset.removeActor!;
      this.change({ ...this.filter, actors: this.filter.actors.filter((a) => a !== id) }, 'push');
      actorSearch.focus();
    });
  }
}

customElements.define('dateline-filters', FilterPanel);
