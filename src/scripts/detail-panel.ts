/**
 * The detail panel shows the very markup of the event's permalink page (/events/<id>/), fetched
 * and parsed as an inert document: one rendering of an event, escaped once, by Astro.
 */
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

export function loadDetail(id: string): Promise<Element> {
  let pending = cache.get(id);
  if (!pending) {
    pending = fetchDetail(id);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
