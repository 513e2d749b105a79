// <casualty-counter>: the behaviour the server-rendered counter gains in the browser.
// No framework: a custom element, so the page's whole JavaScript stays far inside
// its 8 kB budget (a Preact island would need about 9 kB before any code of ours).
//
// - The final number is already in the HTML. The visible copy is aria-hidden; screen
//   readers read a visually hidden copy that always holds the true value, once, with
//   its label. Nothing here is an aria-live region.
// - "total": when the counter scrolls into view it counts up to that number over
//   about two seconds. With prefers-reduced-motion (or no IntersectionObserver) the
//   final number simply stays.
// - "estimate": shows the "since 1 January" estimate, and schedules the next change
//   for the exact moment the next whole person is reached; it stops when the
//   element leaves the page.
import { estimateSinceJanuary1 } from '../../lib/estimate.ts';
import { formatNumber } from '../../lib/numbers.ts';

const DURATION_MS = 2000;

class CasualtyCounter extends HTMLElement {
  private value = 0;
  private animating = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private observer: IntersectionObserver | undefined;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.tick();
  };
  private readonly onBeforePrint = () => this.finish();

  connectedCallback() {
    const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches && 'IntersectionObserver' in window;
    if (this.dataset.mode === 'estimate') {
      this.tick();
      // The estimate exists only here: reveal it ready to count up, or final.
      if (animate) this.show(0);
      this.child('live')?.removeAttribute('hidden');
      document.addEventListener('visibilitychange', this.onVisibility);
    } else {
      this.value = Number(this.dataset.value);
    }
    addEventListener('beforeprint', this.onBeforePrint);
    if (animate) this.watch();
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  private child(name: string): HTMLElement | null {
    return this.querySelector(`[data-counter-${name}]`);
  }

  private format(n: number): string {
    return formatNumber(n, this.dataset.intl ?? 'en');
  }

  /** Sets the true value: the screen-reader copy at once, the visible copy unless counting up. */
  private setValue(n: number) {
    this.value = n;
    const sr = this.child('sr');
    if (sr) sr.textContent = this.format(n);
    if (!this.animating) this.show(n);
  }

  private show(n: number) {
    const number = this.child('number');
    if (number) number.textContent = this.format(n);
  }

  private tick = () => {
    const estimate = estimateSinceJanuary1({
      now: Date.now(),
      annualTotal: Number(this.dataset.total),
      dataYear: Number(this.dataset.year),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    });
    this.setValue(estimate.count);
    clearTimeout(this.timer);
    this.timer = setTimeout(this.tick, Math.max(0, estimate.nextAt - Date.now()));
  };

  /** Counts up once, when the counter first comes into view. */
  private watch() {
    let armed = false;
    this.observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) {
          // Out of sight: start from zero, so the count-up is what the reader sees.
          if (!armed) this.show(0);
          armed = true;
          return;
        }
        this.observer?.disconnect();
        this.countUp();
      },
      { threshold: 0.5 },
    );
    this.observer.observe(this);
  }

  private countUp() {
    this.animating = true;
    const start = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / DURATION_MS);
      const eased = 1 - (1 - progress) ** 3;
      // The target is read on every frame, so an estimate that changes meanwhile is still met.
      this.show(Math.round(eased * this.value));
      if (progress < 1) this.frame = requestAnimationFrame(step);
      else this.finish();
    };
    this.frame = requestAnimationFrame(step);
  }

  private finish() {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.animating = false;
    this.observer?.disconnect();
    this.show(this.value);
  }
}

if (!customElements.get('casualty-counter')) customElements.define('casualty-counter', CasualtyCounter);
