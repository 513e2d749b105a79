import { describe, expect, it } from 'vitest';
import { drawnText, firstResponse, fontsForText } from './page-weight.ts';

describe('firstResponse', () => {
  it('lists render-blocking stylesheets, not print ones, and measures the head', () => {
    const html = '<html><head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><style>b{}</style></head><body>x</body></html>';
    const result = firstResponse(html);
    expect(result.blockingCss).toEqual(['/a.css']);
    expect(result.headGzip).toBeLessThan(result.htmlGzip);
  });
  it('finds none when the CSS is inlined', () => {
    expect(firstResponse('<head><style>a{}</style></head><body></body>').blockingCss).toEqual([]);
  });
});

describe('drawnText', () => {
  it('leaves out scripts, styles, paper-only parts and language names drawn in system fonts', () => {
    const html =
      '<head><title>T</title></head><body><p>Hello</p><script>var x = "Ж"</script><style>a{}</style>' +
      '<div class="print-only"><div>Printed ž</div></div><a class="native-name" href="/ar/">العربية</a><p>World &#1046;</p></body>';
    const text = drawnText(html);
    expect(text).toContain('Hello');
    expect(text).toContain('World Ж');
    expect(text).not.toMatch(/[žا]/);
    expect(text).not.toContain('var x');
  });
});

describe('fontsForText', () => {
  const fonts = [
    { file: 'latin', ranges: [[0x20, 0x7e]] as [number, number][] },
    { file: 'cyrillic', ranges: [[0x400, 0x45f]] as [number, number][] },
    { file: 'arabic', ranges: [[0x600, 0x6ff]] as [number, number][] },
  ];
  it('picks the files whose ranges the text reaches', () => {
    expect(fontsForText('Привет, world', fonts).map((font) => font.file)).toEqual(['latin', 'cyrillic']);
    expect(fontsForText('中文', fonts)).toEqual([]);
  });
});
