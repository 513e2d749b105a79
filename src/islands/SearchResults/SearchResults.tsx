// Search results on /<locale>/search/. The form above it is plain HTML and sends the
// query in the address (?q=…); this island reads it from there, loads Pagefind only
// when there is a query, and lists the results. Everything shown is rendered as text
// (Preact escapes it): the query, titles and excerpts never become markup.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/quiz-result.ts';
import { excerptParts, isResultUrl, queryFromSearch } from '../../lib/search-query.ts';
import './search-results.css';

export interface SearchStrings {
  /** Shown until the island runs: without JavaScript (or where it fails) search cannot work. */
  readonly needsJavaScript: string;
  /** While the index loads and the search runs. */
  readonly searching: string;
  /** {count} and {query}. */
  readonly results: string;
  /** {query}. */
  readonly none: string;
  /** Pagefind could not load: offline, or a browser without WebAssembly. */
  readonly unavailable: string;
  /** The button under a long list. */
  readonly more: string;
}

export interface SearchResultsProps {
  /** The reader's language: Pagefind picks its index from <html lang>, results link under this prefix. */
  readonly resultPrefix: string;
  /** Address of Pagefind's script, under the site's base path. */
  readonly pagefindUrl: string;
  /** The search field to fill in with the query. */
  readonly inputId: string;
  /** For Intl.NumberFormat: the count of results in the reader's digits. */
  readonly intlLocale: string;
  readonly strings: SearchStrings;
}

interface PagefindResult {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
}
interface PagefindHit {
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindHit[] } | null>;
}

/** Results shown at first and added by each "more": Pagefind loads each one's excerpt separately. */
const PAGE_SIZE = 10;

type State =
  | { readonly kind: 'static' }
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly query: string }
  | { readonly kind: 'done'; readonly query: string; readonly hits: readonly PagefindHit[]; readonly loaded: number; readonly results: readonly PagefindResult[] }
  | { readonly kind: 'unavailable' };

async function findHits(pagefindUrl: string, query: string): Promise<PagefindHit[]> {
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  return (await pagefind.search(query))?.results ?? [];
}

async function loadResults(hits: readonly PagefindHit[], from: number, prefix: string): Promise<PagefindResult[]> {
  const data = await Promise.all(hits.slice(from, from + PAGE_SIZE).map((hit) => hit.data()));
  return data.filter((result) => isResultUrl(result.url, prefix));
}

/** A UI string with {count} filled in and {query} set apart in <bdi>, so a query in another script keeps its punctuation in place. */
function Message({ template, query, count }: { template: string; query: string; count: string }) {
  return (
    <>
      {fill(template, { count })
        .split(/(\{query\})/)
        .map((piece, i) => (piece === '{query}' ? <bdi key={i}>{query}</bdi> : piece))}
    </>
  );
}

function Excerpt({ text }: { text: string }) {
  return (
    <p class="search-excerpt">
      {excerptParts(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

export default function SearchResults({ resultPrefix, pagefindUrl, inputId, intlLocale, strings }: SearchResultsProps) {
  // The first render matches the server's, which cannot know the query and says search
  // needs JavaScript (a <noscript> is not shown where scripts are blocked some other way);
  // the address is read after mount.
  const [state, setState] = useState<State>({ kind: 'static' });
  const list = useRef<HTMLOListElement>(null);
  // After "more", keyboard focus moves to the first result added.
  const [focusFrom, setFocusFrom] = useState<number | undefined>(undefined);

  useEffect(() => {
    const query = queryFromSearch(window.location.search);
    const input = document.getElementById(inputId);
    if (input instanceof HTMLInputElement && query) input.value = query;
    if (!query) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching', query });
    findHits(pagefindUrl, query)
      .then(async (hits) => setState({ kind: 'done', query, hits, loaded: PAGE_SIZE, results: await loadResults(hits, 0, resultPrefix) }))
      .catch(() => setState({ kind: 'unavailable' }));
  }, [pagefindUrl, inputId, resultPrefix]);

  const showMore = async () => {
    if (state.kind !== 'done') return;
    const more = await loadResults(state.hits, state.loaded, resultPrefix).catch(() => []);
    setState({ ...state, loaded: state.loaded + PAGE_SIZE, results: [...state.results, ...more] });
    setFocusFrom(state.results.length);
  };

  useEffect(() => {
    if (focusFrom === undefined) return;
    list.current?.querySelectorAll('a')[focusFrom]?.focus();
    setFocusFrom(undefined);
  }, [focusFrom]);

  let message = null;
  if (state.kind === 'static') message = strings.needsJavaScript;
  else if (state.kind === 'searching') message = strings.searching;
  else if (state.kind === 'unavailable') message = strings.unavailable;
  else if (state.kind === 'done') {
    const count = new Intl.NumberFormat(intlLocale).format(state.hits.length);
    message = <Message template={state.hits.length ? strings.results : strings.none} query={state.query} count={count} />;
  }

  return (
    <div class="search-results">
      <p class={state.kind === 'static' || state.kind === 'unavailable' ? 'search-status search-note' : 'search-status'} role="status">
        {message}
      </p>
      {state.kind === 'done' && state.results.length > 0 && (
        <ol class="search-list" ref={list}>
          {state.results.map((result) => (
            <li key={result.url}>
              <a href={result.url}>{result.meta.title || result.url}</a>
              <Excerpt text={result.excerpt} />
            </li>
          ))}
        </ol>
      )}
      {state.kind === 'done' && state.loaded < state.hits.length && (
        <button type="button" class="search-more" onClick={showMore}>
          {strings.more}
        </button>
      )}
    </div>
  );
}
