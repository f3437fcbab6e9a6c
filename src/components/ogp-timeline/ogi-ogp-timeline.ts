import { html, nothing, unsafeCSS, type CSSResult, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  MILESTONES,
  ogpTimelineContent,
  type DatePrecision,
  type MilestoneCopy,
  type OgpTimelineContent,
} from '../../content/ogp-timeline.js';
import { define } from '../../shared/define.js';
import { heading } from '../../shared/heading.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { ORIENTATIONS, isOneOf, type Orientation } from '../../shared/values.js';
import { textIn, type RegionalText } from '../../shared/regional.js';
import { dateLabel, formatIsoDate } from './format.js';
import { ogpTimelineStyles } from './ogi-ogp-timeline.styles.js';

/** A milestone as shown: a national one, or a regional portal's own. */
type Milestone = Partial<MilestoneCopy> & {
  title: string;
  datetime?: string;
  precision?: DatePrecision;
  highlight?: boolean;
};

export type OgpTimelineOrientation = Orientation;

/**
 * The horizontal row's styles (row.ts, `dist/ogi-ogp-timeline-row.js`): loaded the first time a
 * timeline is horizontal; `null` when they could not be (that timeline is then drawn as a column).
 */
let row: CSSResult | null | undefined;
let loadingRow: Promise<unknown> | undefined;

/**
 * The road to open government in Indonesia and the world: before and after
 * Reformasi 1998, the 2008 and 2009 laws, the meeting of countries followed
 * up by Open Government Indonesia in 2011, the launch of the Open Government
 * Partnership on 20 September 2011 by eight founding countries (also in
 * 2011), and 70 OGP countries by the end of September 2016. An ordered list
 * of milestones; each one the source dates has a `<time datetime>` whose visible date `Intl.DateTimeFormat` writes in
 * the widget's language, day month year in English (`20 September 2011`),
 * whatever region `lang` names (`en-US` too), as the other widgets write dates.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * @tagname ogi-ogp-timeline
 * @summary The road to open government, from before 1998 to 70 OGP countries in 2016.
 *
 * @attr orientation - `vertical` (default) or `horizontal`. Horizontal lays the milestones out in one row, left to right, along one line, where the timeline has at least 40rem of width (a container query), and stays vertical where it has less; the widget may then grow to 60rem (`--ogi-max-width`). The row scrolls sideways, snapping to each milestone, and fades out at its end to show there is more; the launch takes two columns; it takes keyboard focus so that arrow keys scroll it. Its styles are a module of their own (`dist/ogi-ogp-timeline-row.js`, beside the script), loaded the first time a timeline is horizontal; the timeline is drawn once they have arrived. Other values mean `vertical`, with one console warning.
 *
 * @csspart intro - Each paragraph of the introduction.
 * @csspart timeline - The `<ol>` of milestones.
 * @csspart event - Each milestone (`<li>`).
 * @csspart highlight - The milestone set apart (the OGP launch); it is also an `event`.
 * @csspart date - Each dated milestone's `<time>` (a milestone the source gives no date for has none).
 * @csspart event-title - Each milestone's heading (one level below the title).
 * @csspart event-text - Each milestone's text.
 * @csspart countries - The list of the eight founding countries of OGP, written inline, separated by commas.
 *
 * @cssprop [--ogi-timeline-line=var(--ogi-color-border)] - The colour of the line joining the milestones.
 */
export class OgiOgpTimeline extends OgiElement {
  static override styles = [OgiElement.styles, ogpTimelineStyles];
  static override properties = { orientation: { reflect: true } };
  protected static override contentKey = 'ogp-timeline' as const;

  /**
   * `vertical` (default) or `horizontal`; reflected. Horizontal (one
   * scrolling row) needs a container at least 40rem wide and is vertical below that. Other values
   * are kept as given, reported once, and shown as `vertical`.
   */
  orientation: OgpTimelineOrientation = ORIENTATIONS[0];

  /** The orientation actually applied (`vertical` for unknown values). */
  get resolvedOrientation(): OgpTimelineOrientation {
    return isOneOf(ORIENTATIONS, this.orientation) ? this.orientation : ORIENTATIONS[0];
  }

  /**
   * A horizontal timeline is drawn once the row's styles have arrived (at once after the first),
   * so that it never shows as a column first; they join every timeline's styles (`elementStyles`,
   * which a timeline made later adopts) and this one's shadow root.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const go = super.shouldUpdate(changed);
    if (this.resolvedOrientation != 'horizontal' || row === null) return go;
    if (!row) {
      (loadingRow ??= import('./row.js').then(
        (m) => OgiOgpTimeline.elementStyles.push((row = unsafeCSS(m.rowCss))),
        () => (row = null),
      )).then(() => this.requestUpdate());
      return false;
    }
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(row.styleSheet!))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, row.styleSheet!];
    return go;
  }

  /** Resolves once a horizontal timeline is drawn, after its row's styles have arrived. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return loadingRow && !row && row !== null ? (await loadingRow, super.getUpdateComplete()) : done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('orientation'))
      this.checkValue('orientation', this.orientation, isOneOf(ORIENTATIONS, this.orientation), ORIENTATIONS);
  }

  /**
   * The milestones shown: the national ones with a regional portal's own (`ogp-timeline` in the
   * regional content) each placed after the last one no later than it, or in their place.
   */
  #events(t: OgpTimelineContent): Milestone[] {
    const all: Milestone[] = MILESTONES.map((m) => ({ ...m, ...t.milestones[m.id] }));
    const r = this.regional?.part as
      { mode?: string; events?: { date: string; title: RegionalText; text?: RegionalText }[] } | undefined;
    const lang = this.locale;
    const own = (r?.events ?? [])
      .map(({ date, title, text }) => ({
        datetime: date,
        precision: (['year', 'month', 'day'] as const)[(date.length - 4) / 3],
        title: textIn(title, lang),
        text: text && textIn(text, lang),
      }))
      .sort((a, b) => (a.datetime < b.datetime ? -1 : 1));
    if (r?.mode === 'replace') return own;
    for (const e of own) {
      let at = 0;
      // Compared as far as both dates go: 2011-05 comes after 2011, before 2011-09-20.
      all.forEach((m, i) => {
        if (m.datetime && m.datetime.slice(0, e.datetime.length) <= e.datetime.slice(0, m.datetime.length)) at = i + 1;
      });
      all.splice(at, 0, e);
    }
    return all;
  }

  override render() {
    const locale = this.locale;
    const t = this.words(ogpTimelineContent);
    // Dates in the language's own style, whatever region the page names: the FAQ writes them so too.
    const tag = t.dateLocale;
    const sub = this.subLevel;
    // Horizontal may scroll sideways: the list then takes focus, so that arrow keys scroll it.
    const o = this.resolvedOrientation;
    return this.frame(
      locale,
      t,
      html`
        ${t.intro.map((text) => html`<p part="intro" class="lead">${text}</p>`)}
        <div class="track">
          <ol
            part="timeline"
            class="timeline ${o}"
            role="list"
            aria-labelledby=${ifDefined(o === 'horizontal' ? 'title' : undefined)}
            tabindex=${ifDefined(o === 'horizontal' ? 0 : undefined)}
          >
            ${this.#events(t).map((m) => {
              return html`
                <li part=${m.highlight ? 'event highlight' : 'event'} class=${m.highlight ? 'event highlight' : 'event'}>
                  <div class="body">
                    ${
                      m.datetime === undefined
                        ? html`<span class="date"></span>`
                        : html`<time part="date" class="date" datetime=${m.datetime}
                          >${dateLabel(m.dateLabel, formatIsoDate(m.datetime, m.precision!, tag))}</time
                        >`
                    }
                    ${heading(sub, m.title, { part: 'event-title', cls: 'event-title' })}
                    ${m.text ? html`<p part="event-text" class="text">${m.text}</p>` : nothing}
                    ${
                      m.list
                        ? html`<ul part="countries" class="short" role="list">
                          ${m.list.map((item) => html`<li>${item}</li>`)}
                        </ul>`
                        : null
                    }
                  </div>
                </li>
              `;
            })}
          </ol>
        </div>
      `,
    );
  }
}

define('ogi-ogp-timeline', OgiOgpTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ogi-ogp-timeline': OgiOgpTimeline;
  }
}
