/**
 * The search page: starts Pagefind's UI (loaded by its own <script src>, generated after
 * `astro build` by `pagefind --site`); without the index the page says so.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

const root = document.getElementById('search');
if (root && window.PagefindUI) {
  const ui = new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's input has only a placeholder; give it a real accessible name.
  root.querySelector('input')?.setAttribute('aria-label', 'Search events, actors and articles');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
} else if (root) {
  root.textContent = 'The search index has not been built (run npm run build).';
}

export {};
