// The casualty counter's number, as a Preact island. CasualtyCounter.astro renders it
// on the server (the final figure, formatted for the locale, is in the HTML) with the
// label, source and method around it, and hydrates it client:visible.
//
// - Screen readers read a visually hidden copy that always holds the true value, once,
//   with its label; the visible copy is aria-hidden. Nothing here is an aria-live region.
// - "total": when the number comes into view it counts up to the figure over two
//   seconds. With prefers-reduced-motion (or no IntersectionObserver) the figure stays.
// - "estimate": the "since 1 January" estimate needs the reader's clock, so the server
//   renders it hidden; after mount it appears, and the next change is scheduled for the
//   exact moment the next whole person is reached. It stops once off the page.
import { Component, createRef } from 'preact';
import { COUNT_UP_MS, countUpValue } from '../../lib/count-up.ts';
import { estimateSinceJanuary1 } from '../../lib/estimate.ts';
import { formatNumber } from '../../lib/numbers.ts';

export interface CasualtyCounterProps {
  mode: 'total' | 'estimate';
  /** "total": the figure shown. "estimate": the annual total spread over `dataYear`. */
  value: number;
  /** "estimate": the year `value` describes (its number of days sets the daily average). */
  dataYear?: number;
  /** The Intl locale tag numbers are formatted with (getIntlLocale). */
  intl: string;
  /** Words before the number, such as "more than". */
  prefix?: string;
  /** What the number counts, in the page's language. */
  what: string;
}

interface State {
  /** The true value. The first render must match the server's, so the estimate is unknown until mount. */
  actual?: number;
  /** What the visible copy shows while counting up; undefined: the true value. */
  shown?: number;
}

// A class component: Preact's Component is part of the runtime every island loads,
// where hooks would add a 1.1 kB chunk to a page whose budget is 11 kB (budgets.config.mjs).
export default class CasualtyCounter extends Component<CasualtyCounterProps, State> {
  private root = createRef<HTMLDivElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private observer: IntersectionObserver | undefined;

  constructor(props: CasualtyCounterProps) {
    super(props);
    this.state = { actual: props.mode === 'estimate' ? undefined : props.value };
  }

  override componentDidMount() {
    const estimate = this.props.mode === 'estimate';
    const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches && 'IntersectionObserver' in window;
    if (estimate) {
      this.tick();
      document.addEventListener('visibilitychange', this.onVisibility);
    }
    if (animate) {
      // The estimate appears ready to count up; a total drops to 0 only while out of sight.
      if (estimate) this.setState({ shown: 0 });
      this.observer = new IntersectionObserver(([entry]) => (entry!.intersectionRatio < 0.5 ? this.setState({ shown: 0 }) : this.countUp()), { threshold: 0.5 });
      this.observer.observe(this.root.current!);
    }
    // On paper, the final number.
    addEventListener('beforeprint', this.finish);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    removeEventListener('beforeprint', this.finish);
  }

  /** The estimate now, and the next update at the exact moment it changes. */
  private tick = () => {
    // Removed from the page: stop, rather than wake up every hour for nothing.
    if (!this.root.current?.isConnected) return;
    const next = estimateSinceJanuary1({
      now: Date.now(),
      annualTotal: this.props.value,
      dataYear: this.props.dataYear!,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    });
    this.setState({ actual: next.count });
    clearTimeout(this.timer);
    this.timer = setTimeout(this.tick, Math.max(0, next.nextAt - Date.now()));
  };

  // Background tabs delay timers: catch up when the reader comes back.
  private onVisibility = () => document.visibilityState === 'visible' && this.tick();

  private countUp() {
    this.observer!.disconnect();
    const start = performance.now();
    const step = (now: number) => {
      if (now - start >= COUNT_UP_MS) return this.finish();
      // The target is read on every frame, so an estimate that changes meanwhile is still met.
      this.setState({ shown: countUpValue(this.state.actual ?? 0, now - start) });
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private finish = () => {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.setState({ shown: undefined });
  };

  override render({ mode, intl, prefix, what }: CasualtyCounterProps, { actual, shown }: State) {
    const format = (n: number | undefined) => (n === undefined ? '' : formatNumber(n, intl));
    // The wrapper is always displayed, even while the estimate is hidden: client:visible
    // waits for it to intersect the screen, which an element with display: none never does.
    return (
      <div ref={this.root}>
        <p class="counter-main" hidden={actual === undefined} data-counter-live={mode === 'estimate' ? '' : undefined}>
          {prefix && <span class="counter-prefix">{prefix} </span>}
          <span class="visually-hidden" data-counter-sr="">
            {format(actual)}
          </span>
          <span class="counter-number" aria-hidden="true" data-counter-number="">
            {format(shown ?? actual)}
          </span>
          <span class="counter-what">{what}</span>
        </p>
      </div>
    );
  }
}
