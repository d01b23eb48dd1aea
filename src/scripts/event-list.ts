/**
 * <dateline-event-list>: the list under the timeline, the kept events in date order, a page at
 * a time. Its entries are the build's own rendering of each event (components/EventSummary.astro,
 * served as HTML fragments at /data/event-summaries/<n>/ and parsed as inert documents), only
 * chosen and shown here: one home for how an event summary looks. A Details button in an entry
 * asks with a `list-open` event ({ id, opener }).
 */
import { eventSummariesHref } from '../utils/event-list-pages.ts';

const LIST_PAGE = 100; // the list shows this many events at a time

const fragments = new Map<string, Promise<Map<string, HTMLLIElement>>>();

/** The entries (event id -> <li>) of the fragment at `href`, fetched and parsed once (a failed fetch is tried again next time). */
function loadFragment(href: string): Promise<Map<string, HTMLLIElement>> {
  let pending = fragments.get(href);
  if (!pending) {
    pending = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      // DOMParser documents never run scripts, and the fragment's text is already escaped by Astro.
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const entries = new Map<string, HTMLLIElement>();
      for (const li of doc.querySelectorAll('li')) {
        const id = li.querySelector('[data-event-id]')?.getAttribute('data-event-id');
        if (id) entries.set(id, li);
      }
      return entries;
    });
    pending.catch(() => fragments.delete(href));
    fragments.set(href, pending);
  }
  return pending;
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<dateline-event-list>: missing ${selector} in src/pages/index.astro`);
  return element;
}

export type ListOpenEvent = CustomEvent<{ id: string; opener: HTMLElement }>;

export class EventList extends HTMLElement {
  private ids: readonly string[] = [];
  private listed: readonly number[] = [];
  private showing = 0;

  connectedCallback(): void {
    part<HTMLButtonElement>(this, '[data-list-more]').addEventListener('click', () => void this.showFrom(part(this, '[data-event-list]').children.length));
    this.addEventListener('click', (e) => {
      const opener = (e.target as Element).closest<HTMLElement>('[data-open-event]');
      if (!opener) return;
      e.preventDefault();
      this.dispatchEvent(new CustomEvent('list-open', { bubbles: true, detail: { id: opener.dataset.openEvent!, opener } }));
    });
  }

  /** The event ids in date order (the timeline index's `ids`); call once. */
  setup(ids: readonly string[]): void {
    this.ids = ids;
  }

  /** Lists the events at these indices (ascending), from the first page. */
  show(indices: readonly number[]): Promise<void> {
    this.listed = indices;
    return this.showFrom(0);
  }

  private async showFrom(from: number): Promise<void> {
    const ticket = ++this.showing;
    const page = this.listed.slice(from, from + LIST_PAGE);
    const hrefs = [...new Set(page.map(eventSummariesHref))];
    const loaded = new Map(await Promise.all(hrefs.map(async (href) => [href, await loadFragment(href)] as const)));
    if (ticket !== this.showing) return; // a newer list is under way
    const entries = page.map((i) => {
      const entry = loaded.get(eventSummariesHref(i))!.get(this.ids[i]!);
      if (!entry) throw new Error(`${eventSummariesHref(i)} has no entry for event ${this.ids[i]}; rebuild the site`);
      return document.importNode(entry, true);
    });
    const list = part<HTMLOListElement>(this, '[data-event-list]');
    if (from === 0) list.replaceChildren(...entries);
    else list.append(...entries);
    const left = this.listed.length - from - page.length;
    const more = part<HTMLButtonElement>(this, '[data-list-more]');
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, LIST_PAGE)} more (${left} not listed yet)`;
  }
}

customElements.define('dateline-event-list', EventList);
