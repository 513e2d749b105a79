import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT,
  EMBED_LAYOUTS,
  EMBED_WIDGETS,
  embedCode,
  embedSlug,
  HEIGHT_MESSAGE_TYPE,
  heightListener,
  heightMessage,
  MAX_EMBED_HEIGHT,
  readHeightMessage,
} from './embed.ts';

const SITE = 'https://mine-day.example.org';

describe('the height message', () => {
  it('carries nothing but the height, rounded up to whole pixels', () => {
    expect(heightMessage(412.2)).toEqual({ type: HEIGHT_MESSAGE_TYPE, height: 413 });
    expect(Object.keys(heightMessage(300))).toEqual(['type', 'height']);
  });

  it('is read back, and anything else is refused', () => {
    expect(readHeightMessage(heightMessage(412.2))).toBe(413);
    for (const data of [
      null,
      undefined,
      412,
      'height:412',
      { height: 412 },
      { type: 'other', height: 412 },
      { type: HEIGHT_MESSAGE_TYPE, height: '412' },
      { type: HEIGHT_MESSAGE_TYPE, height: 0 },
      { type: HEIGHT_MESSAGE_TYPE, height: -5 },
      { type: HEIGHT_MESSAGE_TYPE, height: Number.NaN },
      { type: HEIGHT_MESSAGE_TYPE, height: Number.POSITIVE_INFINITY },
      { type: HEIGHT_MESSAGE_TYPE, height: MAX_EMBED_HEIGHT + 1 },
    ]) {
      expect(readHeightMessage(data), JSON.stringify(data) ?? String(data)).toBeUndefined();
    }
  });
});

/** Runs the partner's listener in a stand-in page holding these frames; returns its message handler. */
function runListener(code: string, frames: { contentWindow: object; style: { height?: string } }[]) {
  let handler: ((event: { origin: string; source: object; data: unknown }) => void) | undefined;
  const addEventListener = (type: string, fn: typeof handler) => {
    expect(type).toBe('message');
    handler = fn;
  };
  const document = { getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []) };
  new Function('addEventListener', 'document', code)(addEventListener, document);
  expect(handler).toBeDefined();
  return handler!;
}

describe('the partner’s optional listener', () => {
  const ours = { contentWindow: {}, style: {} as { height?: string } };
  const another = { contentWindow: {}, style: {} as { height?: string } };
  const send = runListener(heightListener(`${SITE}/en/embed/counter/`), [another, ours]);

  it('is tiny, plain ES5 and believes only this site', () => {
    const code = heightListener(`${SITE}/en/embed/counter/`);
    expect(code.length).toBeLessThan(400);
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`/);
    expect(code).toContain(`e.origin!=="${SITE}"`);
  });

  it('resizes the frame that sent the message, and only that one', () => {
    send({ origin: SITE, source: ours.contentWindow, data: heightMessage(512.4) });
    expect(ours.style.height).toBe('513px');
    expect(another.style.height).toBeUndefined();
  });

  it('ignores other origins, other messages and unbelievable heights', () => {
    ours.style.height = '300px';
    send({ origin: 'https://elsewhere.example', source: ours.contentWindow, data: heightMessage(900) });
    for (const data of [null, 'x', { height: 900 }, { type: HEIGHT_MESSAGE_TYPE, height: '900' }, { type: HEIGHT_MESSAGE_TYPE, height: -1 }, { type: HEIGHT_MESSAGE_TYPE, height: MAX_EMBED_HEIGHT + 1 }]) {
      send({ origin: SITE, source: ours.contentWindow, data });
    }
    expect(ours.style.height).toBe('300px');
  });
});

describe('embedCode', () => {
  const code = embedCode({
    src: `${SITE}/fr/embed/counter/compact/`,
    title: 'Compteur des victimes des mines (mine-day.example.org)',
    height: EMBED_HEIGHT.counter.compact,
    listenerComment: 'Facultatif : ajuste la hauteur du cadre -- une fois par page >',
  });
  const [frame, comment, script] = code.split('\n');

  it('gives the frame its address, name and fixed height, with no border', () => {
    expect(frame).toBe(
      `<iframe src="${SITE}/fr/embed/counter/compact/" title="Compteur des victimes des mines (mine-day.example.org)" width="100%" height="${EMBED_HEIGHT.counter.compact}" loading="lazy" style="border:0;width:100%;max-width:40rem"></iframe>`,
    );
  });

  it('adds the listener for this site after a comment that cannot break out', () => {
    expect(comment).toBe('<!-- Facultatif : ajuste la hauteur du cadre – une fois par page › -->');
    expect(script).toBe(`<script>${heightListener(SITE)}</script>`);
  });

  it('escapes quotes and markup in the title', () => {
    expect(embedCode({ src: `${SITE}/en/embed/counter/`, title: 'A "quoted" <b>name</b>', height: 400, listenerComment: 'x' })).toContain(
      'title="A &quot;quoted&quot; &lt;b>name&lt;/b>"',
    );
  });
});

describe('embed pages', () => {
  it('keep the full layout at the first address partners were given', () => {
    expect(embedSlug('counter', 'full')).toBe('embed/counter');
    expect(embedSlug('estimate', 'compact')).toBe('embed/estimate/compact');
  });

  it('document a height for every widget and layout, the compact one shorter', () => {
    for (const widget of EMBED_WIDGETS) {
      for (const layout of EMBED_LAYOUTS) expect(EMBED_HEIGHT[widget][layout]).toBeGreaterThan(0);
      expect(EMBED_HEIGHT[widget].compact).toBeLessThan(EMBED_HEIGHT[widget].full);
    }
  });
});
