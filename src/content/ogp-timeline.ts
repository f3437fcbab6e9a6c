import type { Locale } from '../shared/lang.js';
import { ogpTimeline as id } from './id/ogp-timeline.js';
import { ogpTimeline as en } from './en/ogp-timeline.js';

/** How exact a milestone's date is: the visible date shows just that much. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The milestones, by id. */
export type MilestoneId =
  | 'before-reformasi'
  | 'after-reformasi'
  | 'public-information-law'
  | 'public-services-law'
  | 'meeting'
  | 'ogp-launch'
  | 'ogi'
  | 'ogp-70';

/** When a milestone happened, as far as the source says. */
export interface MilestoneDate {
  /** ISO 8601 value for `<time datetime>`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  datetime: string;
  /** How much of `datetime` the visible date shows. */
  precision: DatePrecision;
}

/** What a milestone is, the same in every language. */
export type MilestoneFact = {
  id: MilestoneId;
  /** The milestone the timeline sets apart (the OGP launch). */
  highlight?: boolean;
} & (MilestoneDate | { datetime?: undefined; precision?: undefined });

/**
 * The road to open government, in the source's order. The order is the order
 * shown; each `datetime` is no earlier than the one before it, compared at the
 * coarser of the two precisions. A milestone the source gives no date for (the
 * meeting of countries) has none, and is shown without one.
 */
export const MILESTONES: readonly MilestoneFact[] = [
  { id: 'before-reformasi', datetime: '1998', precision: 'year' },
  { id: 'after-reformasi', datetime: '1998', precision: 'year' },
  { id: 'public-information-law', datetime: '2008', precision: 'year' },
  { id: 'public-services-law', datetime: '2009', precision: 'year' },
  { id: 'meeting' },
  { id: 'ogp-launch', datetime: '2011-09-20', precision: 'day', highlight: true },
  { id: 'ogi', datetime: '2011', precision: 'year' },
  { id: 'ogp-70', datetime: '2016-09', precision: 'month' },
];

/** The words of one milestone in one language. */
export interface MilestoneCopy {
  /**
   * Words around the formatted date, with `{date}` where it goes
   * (`'Sebelum {date}'` → "Sebelum 1998"). Without it the date stands alone.
   */
  dateLabel?: string;
  title: string;
  text: string;
  /** An optional list shown after the text (the founding countries). */
  list?: readonly string[];
}

/** The words `<ogi-ogp-timeline>` shows, per language. */
export interface OgpTimelineContent {
  /**
   * The BCP 47 tag whose `Intl.DateTimeFormat` writes the dates when the
   * page names no region (a `lang` such as `en-GB` is used as it is).
   */
  dateLocale: string;
  /** A short label above the title. */
  eyebrow: string;
  title: string;
  /** Why OGP exists, one paragraph each. */
  intro: readonly string[];
  /** The milestones' words, by id (the order and dates are in `MILESTONES`). */
  milestones: Record<MilestoneId, MilestoneCopy>;
}

export const ogpTimelineContent: Record<Locale, OgpTimelineContent> = { id, en };
