// The share panel of the result screen, for browsers without the Web Share API (or
// when it fails): the ready-made message to copy, and plain links to the usual apps.
// The same markup and classes as src/components/quiz/SharePanel.astro (the result page).
import { useRef, useState } from 'preact/hooks';
import { messageWithUrl, shareLinks, type ShareMessage, type ShareTarget } from '../../lib/share.ts';

export interface ShareStrings {
  readonly shareMessage: string;
  readonly copyMessage: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly shareVia: string;
  readonly shareOn: Readonly<Record<ShareTarget, string>>;
}

export default function SharePanel({ id, message, s, dir }: { id: string; message: ShareMessage; s: ShareStrings; dir: 'ltr' | 'rtl' }) {
  const [status, setStatus] = useState<'copied' | 'failed' | undefined>(undefined);
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(messageWithUrl(message));
      setStatus('copied');
    } catch {
      // Clipboard refused or missing: select the message so the reader can copy it.
      setStatus('failed');
      field.current?.focus();
      field.current?.select();
    }
  };
  return (
    <div id={id} class="share-panel">
      <label for={`${id}-text`} class="share-label">
        {s.shareMessage}
      </label>
      <textarea ref={field} id={`${id}-text`} class="share-text" readOnly rows={5} dir={dir} value={messageWithUrl(message)} />
      <p>
        <button type="button" class="share-button" onClick={copy}>
          {s.copyMessage}
        </button>
      </p>
      <p role="status" class="share-status">
        {status === 'copied' ? s.copied : status === 'failed' ? s.copyFailed : ''}
      </p>
      <p class="share-via">{s.shareVia}</p>
      <ul class="share-links">
        {shareLinks(message).map(({ target, href }) => (
          <li key={target}>
            <a class="share-link" href={href} data-share={target}>
              {s.shareOn[target]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
