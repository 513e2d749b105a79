// A share card for every content page in every language: /<locale>/cards/<slug>.png
// (/<locale>/cards/index.png for the home page), named by the page's og:image. The page's
// title, the day's date mark and the site's name, in the identity of the site; a page not
// yet translated, or one the bundled fonts cannot draw, gets the English card.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageRoutes, type PageRoute } from '../../../i18n/pages.ts';
import { DEFAULT_LOCALE, getIntlLocale, getLocaleDir, getLocaleInfo, type Locale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/ui.ts';
import { drawableCard } from '../../../lib/card-fonts.ts';
import { formatDayMonth } from '../../../lib/format.ts';
import { renderShareImage } from '../../../lib/share-image.ts';

export const getStaticPaths = (async () => {
  const routes = await getPageRoutes();
  const english = new Map(routes.filter((route) => route.locale === DEFAULT_LOCALE).map((route) => [route.slug, route.entry.data.title]));
  return routes.map((route) => ({
    params: { locale: route.locale, slug: route.slug || 'index' },
    props: { route, englishTitle: english.get(route.slug) ?? route.entry.data.title },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: PageRoute; englishTitle: string }> = async ({ props, site }) => {
  const { route, englishTitle } = props;
  const locale = route.isFallback ? DEFAULT_LOCALE : (route.locale as Locale);
  const card = await drawableCard({ code: locale, englishName: getLocaleInfo(locale).englishName }, DEFAULT_LOCALE, (code) => {
    const t = useTranslations(code);
    return {
      title: code === locale ? route.entry.data.title : englishTitle,
      description: '',
      dateMark: formatDayMonth(4, 4, getIntlLocale(code)),
      siteName: t('site.name'),
      dir: getLocaleDir(code),
    };
  });
  const png = await renderShareImage({ ...card, address: new URL(site!).host });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

