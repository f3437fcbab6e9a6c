import type { DatePrecision } from '../../content/ogp-timeline.js';

/**
 * Dates are read and written in UTC, so no time zone moves a day, in the Gregorian calendar with
 * Latin digits, whatever Unicode extension a `lang` carries (`-u-ca-buddhist`, `-u-nu-arab`): the
 * text around them counts years that way.
 */
const BASE: Intl.DateTimeFormatOptions = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' };
/** What each precision shows. */
const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { ...BASE, year: 'numeric' },
  month: { ...BASE, year: 'numeric', month: 'long' },
  day: { ...BASE, year: 'numeric', month: 'long', day: 'numeric' },
};
/**
 * One formatter per language tag and precision, made on first use (`null` for a malformed tag);
 * exported for the tests. The tags are the languages' own (`dateLocale` of the built-in words and
 * of the packs a page brings), so there are few.
 */
export const formatters = new Map<string, Intl.DateTimeFormat | null>();

const ISO = /^\d{4}(-\d\d(-\d\d)?)?$/;

/**
 * An ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written for people in the language `tag`,
 * showing only as much as `precision` says. A value that is not a date (malformed, or rolling
 * over as 2011-02-30 would) is returned as it is, and so is every date when `tag` is malformed.
 */
export function formatIsoDate(iso: string, precision: DatePrecision, tag: string): string {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (!ISO.test(iso) || date.getUTCMonth() != month - 1 || date.getUTCDate() != day) return iso;
  const key = tag + precision;
  if (!formatters.has(key)) {
    try {
      formatters.set(key, new Intl.DateTimeFormat(tag, OPTIONS[precision]));
    } catch {
      formatters.set(key, null);
    }
  }
  return formatters.get(key)?.format(time) ?? iso;
}

/** Puts `date` where `{date}` stands in `label`; without a label the date stands alone. */
export function dateLabel(label: string | undefined, date: string): string {
  return label ? label.replace('{date}', () => date) : date;
}
