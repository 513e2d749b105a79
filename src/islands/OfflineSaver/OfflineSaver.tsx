// "Save for offline use" on /<locale>/offline/. Nothing is downloaded or registered
// until the reader presses the button: on load the island only reads the size of the
// download (the language's manifest, built from dist/) and whether a copy is already
// saved. Saving registers the service worker and downloads the files from this page,
// with progress; "Remove" deletes the copy (and the worker, when no copy is left).
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatBytes } from '../../lib/bytes.ts';
import { parseManifest, type OfflineManifest } from '../../lib/offline-scope.ts';
import { fill } from '../../lib/quiz-result.ts';
import { OfflineSaveError, removeLocale, saveLocale, savedCopy } from '../../offline/cache.ts';
import './offline-saver.css';

export interface OfflineStrings {
  readonly needsJavaScript: string;
  readonly unsupported: string;
  readonly checking: string;
  /** {size}, {count}. */
  readonly size: string;
  readonly sizeUnknown: string;
  readonly save: string;
  readonly progressLabel: string;
  /** Announced once when saving starts. */
  readonly savingStart: string;
  /** {done}, {count}: beside the progress bar, not announced at every file. */
  readonly saving: string;
  readonly saved: string;
  readonly savedOffline: string;
  /** {size}. */
  readonly updateAvailable: string;
  readonly update: string;
  readonly remove: string;
  readonly removed: string;
  /** {reason}. */
  readonly failed: string;
  readonly reasonQuota: string;
  readonly reasonNetwork: string;
}

export interface OfflineSaverProps {
  readonly locale: string;
  readonly manifestUrl: string;
  readonly serviceWorkerUrl: string;
  readonly scope: string;
  readonly intlLocale: string;
  readonly strings: OfflineStrings;
}

type State =
  | { readonly kind: 'static' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'checking' }
  /** The size could not be read (offline?); `saved` when a copy exists all the same. */
  | { readonly kind: 'unknown'; readonly saved?: OfflineManifest }
  | { readonly kind: 'ready'; readonly manifest: OfflineManifest; readonly saved?: OfflineManifest; readonly note?: 'removed' | 'failed'; readonly reason?: string }
  | { readonly kind: 'saving'; readonly manifest: OfflineManifest; readonly done: number };

const supported = () => 'serviceWorker' in navigator && 'caches' in window;

async function readManifest(url: string): Promise<OfflineManifest | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? parseManifest(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes still to download to bring `saved` up to `manifest` (files whose hash changed or are new). */
function updateBytes(manifest: OfflineManifest, saved: OfflineManifest): number {
  const had = new Map(saved.files.map((file) => [file.url, file.hash]));
  return manifest.files.filter((file) => had.get(file.url) !== file.hash).reduce((sum, file) => sum + file.bytes, 0);
}

export default function OfflineSaver({ locale, manifestUrl, serviceWorkerUrl, scope, intlLocale, strings: s }: OfflineSaverProps) {
  // The server's render (and so the first one here) cannot know the browser: it says JavaScript is needed.
  const [state, setState] = useState<State>({ kind: 'static' });
  // The buttons come and go: keyboard focus moves to the status line, which says what happened.
  const statusLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!supported()) {
      setState({ kind: 'unsupported' });
      return;
    }
    setState({ kind: 'checking' });
    (async () => {
      const saved = await savedCopy(caches, locale, manifestUrl).catch(() => undefined);
      const manifest = await readManifest(manifestUrl);
      setState(manifest ? { kind: 'ready', manifest, saved } : { kind: 'unknown', saved });
    })();
  }, [locale, manifestUrl]);

  const save = async (manifest: OfflineManifest) => {
    setState({ kind: 'saving', manifest, done: 0 });
    statusLine.current?.focus();
    try {
      await navigator.serviceWorker.register(serviceWorkerUrl, { scope, updateViaCache: 'none' });
      await saveLocale({
        caches,
        fetch: (input, init) => fetch(input, init),
        manifest,
        manifestUrl,
        onProgress: (done) => setState({ kind: 'saving', manifest, done }),
      });
      // Saved pages answer without a connection once the worker is active.
      await navigator.serviceWorker.ready;
      setState({ kind: 'ready', manifest, saved: manifest });
    } catch (error) {
      const reason = error instanceof OfflineSaveError && error.reason === 'quota' ? s.reasonQuota : s.reasonNetwork;
      setState({ kind: 'ready', manifest, note: 'failed', reason });
    }
  };

  const remove = async (manifest?: OfflineManifest) => {
    const othersRemain = await removeLocale(caches, locale);
    if (!othersRemain) {
      const registration = await navigator.serviceWorker.getRegistration(scope);
      await registration?.unregister();
    }
    setState(manifest ? { kind: 'ready', manifest, note: 'removed' } : { kind: 'unknown' });
    statusLine.current?.focus();
  };

  const size = (bytes: number) => formatBytes(bytes, intlLocale);
  const count = (n: number) => new Intl.NumberFormat(intlLocale).format(n);
  const button = (label: string, onClick: () => void, secondary = false) => (
    <button type="button" class={secondary ? 'offline-button secondary' : 'offline-button'} onClick={onClick}>
      {label}
    </button>
  );

  let status: string = s.needsJavaScript;
  let body = null;
  switch (state.kind) {
    case 'unsupported':
      status = s.unsupported;
      break;
    case 'checking':
      status = s.checking;
      break;
    case 'unknown':
      status = state.saved ? s.savedOffline : s.sizeUnknown;
      if (state.saved) body = button(s.remove, () => remove(), true);
      break;
    case 'saving':
      status = s.savingStart;
      body = (
        <>
          <progress max={state.manifest.files.length} value={state.done} aria-label={s.progressLabel} />
          <span>{fill(s.saving, { done: count(state.done), count: count(state.manifest.files.length) })}</span>
        </>
      );
      break;
    case 'ready': {
      const { manifest, saved } = state;
      const sizeLine = fill(s.size, { size: size(manifest.bytes), count: count(manifest.files.length) });
      if (state.note === 'failed') status = `${fill(s.failed, { reason: state.reason ?? s.reasonNetwork })} ${sizeLine}`;
      else if (state.note === 'removed') status = `${s.removed} ${sizeLine}`;
      else if (!saved) status = sizeLine;
      else if (saved.revision === manifest.revision) status = s.saved;
      else status = `${s.saved} ${fill(s.updateAvailable, { size: size(updateBytes(manifest, saved)) })}`;
      body = !saved ? (
        button(s.save, () => save(manifest))
      ) : (
        <>
          {saved.revision !== manifest.revision && button(s.update, () => save(manifest))}
          {button(s.remove, () => remove(manifest), true)}
        </>
      );
      break;
    }
  }

  return (
    <div class="offline-saver">
      <p
        class={state.kind === 'static' || state.kind === 'unsupported' ? 'offline-status offline-note' : 'offline-status'}
        role="status"
        tabIndex={-1}
        ref={statusLine}
      >
        {status}
      </p>
      {body && <div class="offline-actions">{body}</div>}
    </div>
  );
}
