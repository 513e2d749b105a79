// The sources the home page's hero cites (its theme and campaign lines are UI strings,
// not page text): one list, for the hero and for the Sources page's "cited on".
export const HERO_CITATIONS = {
  /** The latest confirmed theme, "Safe Futures Start Here" (2025), from the Secretary-General's message. */
  theme: 'un-sg-message-2025',
  /** The 2023 campaign, "Mine Action Cannot Wait". */
  campaign: 'unmas-day-2023',
} as const;
