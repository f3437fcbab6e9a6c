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
/** At most this many formatters are kept: a page can set any number of `lang` tags. */
const KEEP = 24;

/** One formatter per language tag and precision, made on first use; the last `KEEP` (exported for the tests). */
export const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(tag: string, precision: DatePrecision): Intl.DateTimeFormat | null {
  const key = `${tag}|${precision}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(tag, OPTIONS[precision]);
    } catch {
      // A malformed tag (RangeError): remember it, so it is not tried again.
      f = null;
    }
    // The oldest goes first.
    if (formatters.size >= KEEP) formatters.delete(formatters.keys().next().value!);
    formatters.set(key, f);
  }
  return f;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a UTC timestamp (missing parts are the first), or `NaN`. */
function parseIsoDate(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  // Reject dates that roll over (2011-02-30).
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? time : NaN;
}

/**
 * An ISO date written for people in the language `tag`, showing only as
 * much as `precision` says; `fallbackTag` is used when `tag` is malformed.
 * A value that is not a date is returned as it is.
 */
export function formatIsoDate(iso: string, precision: DatePrecision, tag: string, fallbackTag: string): string {
  const time = parseIsoDate(iso);
  if (Number.isNaN(time)) return iso;
  const f = formatter(tag, precision) ?? formatter(fallbackTag, precision);
  return f ? f.format(time) : iso;
}

/** Puts `date` where `{date}` stands in `label`; without a label the date stands alone. */
export function dateLabel(label: string | undefined, date: string): string {
  return label ? label.replace('{date}', () => date) : date;
}
