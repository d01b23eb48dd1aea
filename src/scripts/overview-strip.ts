/**
 * <dateline-overview>: a strip under the timeline drawing how many events fall in each stretch
 * of the whole range, with the timeline's current window marked. A click (or Enter on the
 * focused strip, then arrow keys) moves the window there, so far-off events stay reachable when
 * the timeline opens on the busiest period. Drawn on a canvas: a few nodes whatever the size.
 */
const BARS = 160; // columns in the histogram
const MIN_BAR_PX = 5; // a single far-off event stays visible

export class OverviewStrip extends HTMLElement {
  private canvas = document.createElement('canvas');
  private frame = document.createElement('div');
  private counts = new Int32Array(BARS);
  private firstDay = 0;
  private lastDay = 1;
  private window: [number, number] = [0, 1];
  private painting = 0;

  connectedCallback(): void {
    this.canvas.setAttribute('aria-hidden', 'true');
    this.frame.className = 'overview-window';
    this.tabIndex = 0;
    // a slider must carry its value from the start: the first paint (which sets the real one) waits a frame
    this.setAttribute('role', 'slider');
    this.setAttribute('aria-valuemin', '0');
    this.setAttribute('aria-valuemax', '100');
    this.setAttribute('aria-valuenow', '50');
    this.replaceChildren(this.canvas, this.frame);
    this.addEventListener('click', (e) => {
      const box = this.getBoundingClientRect();
      this.choose(this.firstDay + ((e.clientX - box.left) / box.width) * (this.lastDay - this.firstDay));
    });
    this.addEventListener('keydown', (e) => {
      const step = (this.lastDay - this.firstDay) / 20;
      const middle = (this.window[0] + this.window[1]) / 2;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        this.choose(middle + (e.key === 'ArrowLeft' ? -step : step));
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        this.choose(e.key === 'Home' ? this.firstDay : this.lastDay);
      }
    });
    new ResizeObserver(() => this.schedulePaint()).observe(this);
  }

  /** The kept events' first days (ascending) and the span they cover. */
  setData(starts: readonly number[]): void {
    this.counts.fill(0);
    this.firstDay = starts[0] ?? 0;
    this.lastDay = Math.max((starts.at(-1) ?? 0), this.firstDay + 1);
    const span = this.lastDay - this.firstDay;
    for (const day of starts) this.counts[Math.min(BARS - 1, Math.floor(((day - this.firstDay) / span) * BARS))]! += 1;
    this.schedulePaint();
  }

  /** Marks the timeline's current window [fromDay, toDay]. */
  setWindow(fromDay: number, toDay: number): void {
    this.window = [fromDay, toDay];
    const span = this.lastDay - this.firstDay;
    const left = Math.max(0, Math.min(1, (fromDay - this.firstDay) / span));
    const right = Math.max(left, Math.min(1, (toDay - this.firstDay) / span));
    // CSSOM, not a style attribute: allowed under a strict content security policy.
    this.frame.style.left = `${(left * 100).toFixed(2)}%`;
    this.frame.style.width = `max(3px, ${((right - left) * 100).toFixed(2)}%)`;
    const format = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    this.setAttribute('aria-valuemin', '0');
    this.setAttribute('aria-valuemax', '100');
    this.setAttribute('aria-valuenow', String(Math.round(((left + right) / 2) * 100)));
    this.setAttribute('aria-valuetext', `showing ${format(fromDay)} to ${format(toDay)} of ${format(this.firstDay)} to ${format(this.lastDay)}`);
  }

  private choose(day: number): void {
    this.dispatchEvent(new CustomEvent('overview-select', { detail: { day: Math.round(day) }, bubbles: true }));
  }

  /** Paints in the next frame, once, so measuring the strip never forces a layout in the middle of a filter. */
  private schedulePaint(): void {
    cancelAnimationFrame(this.painting);
    this.painting = requestAnimationFrame(() => this.paint());
  }

  private paint(): void {
    const width = Math.max(1, Math.round(this.clientWidth));
    const height = Math.max(1, Math.round(this.clientHeight));
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, width, height);
    context.fillStyle = getComputedStyle(this).color;
    const max = Math.max(1, ...this.counts);
    const barPx = width / BARS;
    this.counts.forEach((n, i) => {
      if (n === 0) return;
      // square root: one far-off event stays visible next to a day of hundreds
      const h = Math.max(MIN_BAR_PX, Math.sqrt(n / max) * (height - 2));
      context.fillRect(i * barPx, height - h, Math.max(2, barPx - 1), h);
    });
  }
}

customElements.define('dateline-overview', OverviewStrip);
