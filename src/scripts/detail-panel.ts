/**
 * <dateline-detail>: the panel beside the timeline showing one event. It shows the very markup
 * of the event's permalink page (/events/<id>/), fetched and parsed as an inert document: one
 * rendering of an event, escaped once, by Astro. It knows nothing of filters or of the timeline:
 * it is told which event to show and which steps exist, and it asks with DOM events —
 * `detail-close` (Close or Escape) and `detail-step` ({ step: -1 | 1 }, Previous or Next).
 */
import { h } from './dom.ts';

const cache = new Map<string, Promise<Element>>();

async function fetchDetail(id: string): Promise<Element> {
  const response = await fetch(`/events/${encodeURIComponent(id)}/`);
  if (!response.ok) throw new Error(`/events/${id}/ answered ${response.status}`);
  // DOMParser documents never run scripts, and the page's text is already escaped by Astro.
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const detail = doc.querySelector('[data-event-detail]');
  if (!detail) throw new Error(`/events/${id}/ has no [data-event-detail] element`);
  // In the panel the event sits under the page's h1, so every heading goes two levels down (the panel has its own h2).
  for (const heading of detail.querySelectorAll('h1, h2, h3, h4, h5')) {
    const lower = doc.createElement(`h${Math.min(Number(heading.tagName[1]) + 2, 6)}`);
    for (const attr of heading.attributes) lower.setAttribute(attr.name, attr.value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  detail.removeAttribute('data-pagefind-body');
  return detail;
}

/** The event's detail markup, fetched once per event (a failed fetch is tried again next time). */
function loadDetail(id: string): Promise<Element> {
  let pending = cache.get(id);
  if (!pending) {
    pending = fetchDetail(id);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<dateline-detail>: missing ${selector} in src/pages/index.astro`);
  return element;
}

export type DetailStepEvent = CustomEvent<{ step: -1 | 1 }>;

export class DetailPanel extends HTMLElement {
  private shown: string | null = null;

  connectedCallback(): void {
    part<HTMLButtonElement>(this, '[data-detail-close]').addEventListener('click', () => this.dispatchEvent(new CustomEvent('detail-close', { bubbles: true })));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.dispatchEvent(new CustomEvent('detail-close', { bubbles: true }));
    });
    for (const button of this.stepButtons()) {
      button.addEventListener('click', () => {
        this.dispatchEvent(new CustomEvent('detail-step', { bubbles: true, detail: { step: Number(button.dataset.detailStep) } }));
        button.focus();
      });
    }
  }

  /** The event shown, or null when the panel is closed. */
  get event(): string | null {
    return this.shown;
  }

  /**
   * Shows the event `id` (null closes the panel); `moveFocus` puts focus on the panel's heading,
   * for a reader who opened it from the keyboard.
   */
  async show(id: string | null, moveFocus: boolean): Promise<void> {
    const heading = part<HTMLElement>(this, '[data-detail-heading]');
    const body = part<HTMLElement>(this, '[data-detail-body]');
    if (id === this.shown) {
      if (id && moveFocus) heading.focus();
      return;
    }
    this.shown = id;
    this.hidden = id === null;
    document.body.classList.toggle('panel-open', id !== null);
    if (!id) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
    try {
      const detail = await loadDetail(id);
      if (this.shown !== id) return; // the reader moved on while it loaded
      body.replaceChildren(document.importNode(detail, true));
    } catch (error) {
      body.replaceChildren(h('p', {}, 'Could not load this event. ', h('a', { href: `/events/${id}/` }, 'Open its page'), '.'));
      console.error(error);
    }
    if (moveFocus) heading.focus();
  }

  /** Enables Previous and Next as far as there is a shown event before and after. */
  setSteps(has: (step: -1 | 1) => boolean): void {
    for (const button of this.stepButtons()) button.disabled = !has(Number(button.dataset.detailStep) as -1 | 1);
  }

  private stepButtons(): NodeListOf<HTMLButtonElement> {
    return this.querySelectorAll<HTMLButtonElement>('[data-detail-step]');
  }
}

customElements.define('dateline-detail', DetailPanel);
