// Sharing a quiz result: the ready-made message and plain links to the usual apps.
// Nothing here loads anything: each link is an ordinary <a href>, so no request
// reaches another site until the reader clicks one. No third-party scripts.

/** The campaign hashtag, the same in every language. */
export const HASHTAG = '#MineAwarenessDay';

/** Where a result can be shared with a plain link, in the order they are offered. */
export const SHARE_TARGETS = ['email', 'whatsapp', 'x', 'facebook', 'linkedin', 'telegram'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

export interface ShareMessage {
  /** Subject or title: the quiz's name. */
  readonly title: string;
  /** The ready-made sentence, in the reader's language, hashtag included. */
  readonly text: string;
  /** The absolute URL of the result page. */
  readonly url: string;
}

/** The message with the hashtag in it: `{hashtag}` is filled in, or the hashtag appended if a translation left it out. */
export function withHashtag(text: string): string {
  if (text.includes('{hashtag}')) return text.split('{hashtag}').join(HASHTAG);
  return text.includes(HASHTAG) ? text : `${text} ${HASHTAG}`;
}

/** What the copy button puts on the clipboard: the message, then the link. */
export function messageWithUrl({ text, url }: ShareMessage): string {
  return `${text} ${url}`;
}

function assertHttpUrl(url: string): void {
  const protocol = new URL(url).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Only web addresses can be shared, not "${url}".`);
}

const q = encodeURIComponent;

/**
 * The link for each target. Text and URL are percent-encoded, so nothing in them can
 * break out of the parameter they are in. Services that take only a URL get only the URL
 * (they read the page's own title and card).
 */
export function shareLinks(message: ShareMessage): { target: ShareTarget; href: string }[] {
  assertHttpUrl(message.url);
  const { title, text, url } = message;
  const hrefs: Record<ShareTarget, string> = {
    email: `mailto:?subject=${q(title)}&body=${q(`${text}\n\n${url}`)}`,
    whatsapp: `https://wa.me/?text=${q(messageWithUrl(message))}`,
    x: `https://x.com/intent/tweet?text=${q(text)}&url=${q(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(text)}`,
  };
  return SHARE_TARGETS.map((target) => ({ target, href: hrefs[target] }));
}
