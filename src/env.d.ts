// Types Astro leaves to the project.
declare namespace App {
  interface Locals {
    /**
     * The language the page's body is written in: the route's locale, or English when the
     * page is shown in English as a fallback. Set by src/pages/[locale]/[...slug].astro;
     * <Fig> and <DateText> format for it, so an English body never gets French digits.
     */
    contentLocale?: import('./i18n/locales.ts').Locale;
  }
}
