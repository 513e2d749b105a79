// html-validate configuration for the built site (dist/), checked by
// scripts/validate-html.mjs in `npm test` (and `npm run validate`).
// html-validate finds this file by itself (.htmlvalidate.mjs: a JS file, so that every
// change to the preset below can say why it is there).
//
// Rule: fix the template where the fix is small; change a rule only where the markup is
// correct HTML that the rule's preference does not fit, or comes from a tool we do not
// control. Every entry says which.
export default {
  // recommended: the standard's content models, attributes and accessibility rules;
  // document: checks for whole documents (doctype, heading levels, labelled inputs,
  // aria-labelledby/for pointing at ids that exist).
  extends: ['html-validate:recommended', 'html-validate:document'],

  elements: [
    'html5',
    {
      // Astro writes <style>astro-island,astro-slot,astro-static-slot{display:contents}</style>
      // into the body, just before the first island on a page (the quiz). The HTML standard
      // puts <style> in <head> only; browsers apply it anywhere, and we cannot move it.
      // Allowing <style> in flow content keeps element-permitted-content on for everything else.
      style: { flow: true },
    },
  ],

  rules: {
    // Off: Preact's server renderer writes void elements self-closed (<input/>), Astro
    // writes them without the slash (<meta …>). Both are valid HTML; this rule is about
    // style in hand-written files.
    'void-style': 'off',

    // Off: trailing spaces in the built files come from content and from the HTML
    // compressor; they do not change the page. A style rule for hand-written files.
    'no-trailing-whitespace': 'off',

    // Off: a <title> is the page title plus the site name, in the reader's language.
    // French and Arabic titles run past the rule's 70 characters; search engines shorten
    // long titles themselves, and we do not shorten translations to fit.
    'long-title': 'off',

    // Narrowed: <ul role="list"> is deliberate. Safari and VoiceOver drop the list
    // semantics of a list styled with `list-style: none` unless the role is explicit.
    'no-redundant-role': ['error', { exclude: ['list'] }],

    // Narrowed: a wide table sits in <div role="region" aria-label… tabindex="0"> so that
    // keyboard users can scroll it; that wrapper is not a <section> of the document
    // outline, so the rule's suggestion does not fit there.
    'prefer-native-element': ['error', { exclude: ['region'] }],

    // Relaxed to what the HTML standard requires (not empty, no spaces): heading ids are
    // made from the heading's words, and a French heading that opens with « gets an id
    // that starts with "-". The strict form (letter first) is a CSS-selector convenience.
    'valid-id': ['error', { relaxed: true }],

    // Narrowed to other origins: SRI guards against a file changed on someone else's
    // server. The site loads nothing from another origin (its CSP and the e2e tests forbid
    // it) and its own files come with the page; should a third-party file ever be added,
    // it must carry an integrity attribute.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
