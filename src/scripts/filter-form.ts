import type { Actor } from '../schema/actor.ts';
import { EVENT_TYPES, type EventType } from '../schema/event.ts';
import { ACTOR_KIND_HEADING } from '../utils/actor-kind-label.ts';
import { EVENT_TYPE_STYLE } from '../utils/event-types.ts';
import type { EventFilter } from '../utils/filter-events.ts';
import { h } from './dom.ts';

const count = (n: number) => h('span', { class: 'count' }, String(n), h('span', { class: 'visually-hidden' }, n === 1 ? ' event' : ' events'));

/** Fills the actor picker: one group per kind (people, organizations, countries, groups), names A–Z, with event counts. */
export function renderActorOptions(container: HTMLElement, actors: readonly Actor[], counts: ReadonlyMap<string, number>): void {
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  container.replaceChildren(...ACTOR_KIND_HEADING.flatMap(([kind, heading]) => {
    const list = byName.filter((a) => a.kind === kind);
    if (list.length === 0) return [];
    return [h('fieldset', { class: 'actor-group', 'data-kind': kind },
      h('legend', {}, heading),
      h('ul', {}, ...list.map((actor) => {
        const item = h('li', { 'data-search': [actor.name, ...actor.aliases, actor.role ?? ''].join('\n').toLocaleLowerCase('en') },
          h('label', { class: 'check' },
            h('input', { type: 'checkbox', name: 'actor', value: actor.id }),
            h('span', { class: 'name' }, actor.name), ' ',
            count(counts.get(actor.id) ?? 0)));
        return item;
      })))];
  }));
}

/** Fills the type filter with every type that occurs, with its glyph, colour and count. */
export function renderTypeOptions(container: HTMLElement, counts: ReadonlyMap<EventType, number>): void {
  container.replaceChildren(h('ul', {}, ...EVENT_TYPES.filter((t) => counts.has(t)).map((type) =>
    h('li', {}, h('label', { class: `check type-${type}` },
      h('input', { type: 'checkbox', name: 'type', value: type }),
      h('span', { class: 'swatch', 'aria-hidden': 'true' }, EVENT_TYPE_STYLE[type].glyph),
      h('span', { class: 'name' }, EVENT_TYPE_STYLE[type].label), ' ',
      count(counts.get(type) ?? 0))))));
}

/** Sets the counts beside every actor and type option (they follow the filter); only changed numbers touch the DOM. */
export function updateOptionCounts(form: HTMLFormElement, actorCounts: ReadonlyMap<string, number>, typeCounts: ReadonlyMap<string, number>): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="actor"], input[name="type"]')) {
    const n = (input.name === 'actor' ? actorCounts : typeCounts).get(input.value) ?? 0;
    const number = input.parentElement?.querySelector('.count')?.firstChild;
    if (!number || number.textContent === String(n)) continue;
    number.textContent = String(n);
    const unit = number.nextSibling;
    if (unit) unit.textContent = n === 1 ? ' event' : ' events';
  }
}

/** Shows only the actor options whose name, alias or role contains the typed text; returns how many remain. */
export function narrowActorOptions(container: HTMLElement, text: string): number {
  const needle = text.trim().toLocaleLowerCase('en');
  let shown = 0;
  for (const group of container.querySelectorAll<HTMLElement>('.actor-group')) {
    let inGroup = 0;
    for (const li of group.querySelectorAll<HTMLElement>('li')) {
      const match = !needle || (li.dataset.search ?? '').includes(needle);
      li.hidden = !match;
      if (match) inGroup += 1;
    }
    group.hidden = inGroup === 0;
    shown += inGroup;
  }
  return shown;
}

/** The filter the form's controls describe (the open event and the lanes are kept from `current`). */
export function readFilterForm(form: HTMLFormElement, current: EventFilter): EventFilter {
  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  return {
    actors: checked('actor').sort(),
    affiliated: form.querySelector<HTMLInputElement>('input[name="affiliated"]')?.checked ?? false,
    types: checked('type').sort() as EventType[],
    q: form.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim() ?? '',
    event: current.event,
    lanes: current.lanes,
  };
}

/** Sets the form's controls to a filter (after back/forward or on load). */
export function writeFilterForm(form: HTMLFormElement, filter: EventFilter): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="actor"]')) input.checked = filter.actors.includes(input.value);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) input.checked = (filter.types as string[]).includes(input.value);
  const affiliated = form.querySelector<HTMLInputElement>('input[name="affiliated"]');
  if (affiliated) affiliated.checked = filter.affiliated;
  const q = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (q && q.value.trim() !== filter.q) q.value = filter.q;
}

/** Chips for the chosen actors, each a button that removes it. */
export function renderChosenActors(list: HTMLElement, filter: EventFilter, actorById: ReadonlyMap<string, Actor>): void {
  list.replaceChildren(...filter.actors.map((id) => {
    const name = actorById.get(id)?.name ?? id;
    return h('li', {}, h('button', { type: 'button', class: 'chip', 'data-remove-actor': id, 'aria-label': `Remove ${name}` }, name, h('span', { 'aria-hidden': 'true' }, ' ×')));
  }));
  list.hidden = filter.actors.length === 0;
}
