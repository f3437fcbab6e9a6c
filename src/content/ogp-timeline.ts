import type { Locale } from '../shared/values.js';
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
 *
 * The source gives no order for the two milestones of 2011: it follows the
 * meeting with OGI ("kemudian ditindaklanjuti … pada tahun 2011") and dates the
 * launch of OGP on its own. So OGI stays next to the meeting it followed up, and
 * the launch comes after it as another milestone of the same year, its words
 * saying "also in 2011", not "then".
 */
export const MILESTONES: readonly MilestoneFact[] = [
  { id: 'before-reformasi', datetime: '1998', precision: 'year' },
  { id: 'after-reformasi', datetime: '1998', precision: 'year' },
  { id: 'public-information-law', datetime: '2008', precision: 'year' },
  { id: 'public-services-law', datetime: '2009', precision: 'year' },
  { id: 'meeting' },
  { id: 'ogi', datetime: '2011', precision: 'year' },
  { id: 'ogp-launch', datetime: '2011-09-20', precision: 'day', highlight: true },
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
   * The BCP 47 tag whose `Intl.DateTimeFormat` writes the dates, whatever region
   * the page's `lang` names, so that they read like the dates in the text.
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
