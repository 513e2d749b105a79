// UI strings for the result screen, the share panels and the projector: picked from
// the dictionary at build time, so islands receive only what they show.
import type { ShareStrings } from '../islands/Quiz/SharePanel.tsx';
import type { ProjectorStrings, QuizStrings } from '../islands/Quiz/types.ts';
import type { T } from '../i18n/ui.ts';
import { SCORE_BANDS, type ScoreBand } from '../lib/quiz-result.ts';
import { SHARE_TARGETS, type ShareTarget } from '../lib/share.ts';

export function shareStrings(t: T): ShareStrings {
  return {
    shareMessage: t('quiz.shareMessage'),
    copyMessage: t('quiz.copyMessage'),
    copied: t('quiz.copied'),
    copyFailed: t('quiz.copyFailed'),
    shareVia: t('quiz.shareVia'),
    shareOn: Object.fromEntries(SHARE_TARGETS.map((target) => [target, t(`quiz.shareOn.${target}`)])) as Record<ShareTarget, string>,
  };
}

export function encouragement(t: T): Record<ScoreBand, string> {
  return Object.fromEntries(SCORE_BANDS.map((band) => [band, t(`quiz.encourage.${band}`)])) as Record<ScoreBand, string>;
}

/** The result screen's strings beyond the question flow's. */
export function resultStrings(t: T): Pick<QuizStrings, 'scoreShort' | 'encourage' | 'readMore' | keyof ShareStrings> {
  return {
    ...shareStrings(t),
    scoreShort: t('quiz.scoreShort'),
    encourage: encouragement(t),
    readMore: t('quiz.readMore'),
  };
}

export function projectorStrings(t: T): ProjectorStrings {
  return {
    staticHelp: t('quiz.present.staticHelp'),
    questionOf: t('quiz.questionOf'),
    showAnswer: t('quiz.showAnswer'),
    answerLabel: t('quiz.answerLabel'),
    sourceLabel: t('quiz.sourceLabel'),
    rightMark: t('quiz.rightMark'),
    next: t('quiz.next'),
    previous: t('quiz.present.previous'),
    end: t('quiz.present.end'),
    endText: t('quiz.present.endText'),
    restart: t('quiz.present.restart'),
    exit: t('quiz.present.exit'),
    classChoice: t('quiz.present.classChoice'),
    classMark: t('quiz.present.classMark'),
    keys: t('quiz.present.keys'),
    fullScreen: t('quiz.present.fullScreen'),
  };
}
