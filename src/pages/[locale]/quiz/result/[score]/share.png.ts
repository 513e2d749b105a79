// The share card of each result page: /<locale>/quiz/result/<score>/share.png,
// drawn at build time from the locale's UI strings: the score, a line of encouragement
// for its band (never a challenge to a reader who scored 0), the day and the site's address.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DEFAULT_LOCALE, getIntlLocale, getLocaleDir, getLocaleInfo, LOCALE_CODES, type Locale } from '../../../../../i18n/locales.ts';
import { useTranslations } from '../../../../../i18n/ui.ts';
import { drawableCard } from '../../../../../lib/card-fonts.ts';
import { formatDayMonth } from '../../../../../lib/format.ts';
import { ROUND_SIZE } from '../../../../../lib/quiz.ts';
import { possibleScores, scoreBand } from '../../../../../lib/quiz-result.ts';
import { renderShareImage } from '../../../../../lib/share-image.ts';

export const getStaticPaths = (() =>
  LOCALE_CODES.flatMap((locale) => possibleScores(ROUND_SIZE).map((score) => ({ params: { locale, score: String(score) }, props: { score } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ score: number }> = async ({ params, props, site }) => {
  // In the locale's words when the bundled fonts can draw them, else the English card.
  const locale = params.locale as Locale;
  const card = await drawableCard({ code: locale, englishName: getLocaleInfo(locale).englishName }, DEFAULT_LOCALE, (code) => {
    const t = useTranslations(code);
    const number = new Intl.NumberFormat(getIntlLocale(code));
    const vars = { score: number.format(props.score), total: number.format(ROUND_SIZE) };
    return {
      title: t('quiz.og.title', vars),
      description: t(`quiz.card.${scoreBand(props.score, ROUND_SIZE)}`),
      dateMark: formatDayMonth(4, 4, getIntlLocale(code)),
      siteName: t('site.name'),
      dir: getLocaleDir(code),
    };
  });
  const png = await renderShareImage({ ...card, address: new URL(site!).host });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
