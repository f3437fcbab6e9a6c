import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ABOUT_LINKS, aboutContent, type AboutInnovationKey } from '../../content/about.js';
import { define } from '../../shared/define.js';
import { heading } from '../../shared/heading.js';
import { icon } from '../../shared/icons.js';
import { externalLink } from '../../shared/links.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { textIn, type RegionalText } from '../../shared/regional.js';
import { commonContent } from '../../content/common.js';
import { quotation, quoteStyles } from '../../shared/quote.js';
import { aboutStyles } from './ogi-about.styles.js';

/** The innovations' icons, this widget's only. */
const innovationIcons: Record<AboutInnovationKey, SVGTemplateResult> = {
  // A speech bubble: aspirations and complaints.
  lapor: icon(svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/><path d="M12 8v4m0 3.5v.01"/>`),
  // A database: credible data.
  'satu-data': icon(
    svg`<ellipse cx="12" cy="5.5" rx="7" ry="2.5"/><path d="M5 5.5v13c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-13"/><path d="M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5"/>`,
  ),
  // A folded map: spatial data.
  'satu-peta': icon(svg`<path d="m3 6 6-2 6 2 6-2v14l-6 2-6-2-6 2z"/><path d="M9 4v14m6-12v14"/>`),
};

/**
 * What Open Government Indonesia is and why: the vision and the President's
 * words, the Nawa Cita programme, why OGI matters, the three innovations it
 * inspired and encouraged (LAPOR!, Portal Satu Data, Satu Peta; LAPOR! and
 * Portal Satu Data with links to their sites), and the OGI National
 * Secretariat (Seknas OGI) with its core team.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * @tagname ogi-about
 * @summary What OGI is and why: vision, the President's words, innovations, Seknas OGI.
 *
 * @csspart subtitle - Each section heading (one level below the title, at most `<h6>`).
 * @csspart lead - The opening paragraph saying what OGI is.
 * @csspart section - Each section (vision, why, innovations, Seknas OGI, then a regional portal's own sections: `about.sections` in the regional content).
 * @csspart figure - The `<figure>` holding the President's words and their attribution.
 * @csspart quote - The `<blockquote>` with the President's words.
 * @csspart caption - The `<figcaption>` naming the speaker (and, when translated, giving the original).
 * @csspart list - The innovations list and the core team list.
 * @csspart item - Each innovation card and each core team member.
 * @csspart link - The links to the official sites of LAPOR! and Portal Satu Data (open in a new tab).
 * @csspart note - The note on the main function of Seknas OGI.
 */
export class OgiAbout extends OgiElement {
  static override styles = [OgiElement.styles, quoteStyles, aboutStyles];
  protected static override contentKey = 'about' as const;

  override render() {
    const locale = this.locale;
    const t = this.words(aboutContent);
    const newTab = this.words(commonContent, 'common').newTab;
    const text = (v: RegionalText) => textIn(v, locale);
    const sections = (this.regional?.part?.sections ?? []) as { title: RegionalText; paragraphs: RegionalText[] }[];
    const sub = (text: string, id: string) => heading(this.subLevel, text, { part: 'subtitle', cls: 'subtitle', id });
    const q = t.quote;
    return this.frame(
      locale,
      t,
      html`
        <p part="lead" class="lead">${t.lead}</p>

        <div part="section" class="section vision">
          ${sub(t.vision.heading, 'vision')}
          ${quotation({
            text: q.text,
            cite: q.author,
            role: q.role,
            original: q.original ? { label: q.translationNote ?? '', text: q.original, lang: 'id' } : undefined,
          })}
          ${t.vision.paragraphs.map((p) => html`<p class="text">${p}</p>`)}
        </div>

        <div part="section" class="section why">
          ${sub(t.why.heading, 'why')} ${t.why.paragraphs.map((p) => html`<p class="text">${p}</p>`)}
        </div>

        <div part="section" class="section innovations">
          ${sub(t.innovations.heading, 'innovations')}
          <p class="text">${t.innovations.intro}</p>
          <ul part="list" class="cards" aria-labelledby="innovations">
            ${t.innovations.items.map(
              (item) => html`<li part="item" class="card" data-key=${item.key}>
                <span class="badge">${innovationIcons[item.key]}</span>
                <p class="name">
                  <span lang="id">${item.name}</span>
                  <span class="alias">${item.alias}</span>
                </p>
                <p class="focus">${item.focus}</p>
                ${ABOUT_LINKS[item.key] && item.linkLabel ? html`<p class="more">${externalLink(ABOUT_LINKS[item.key]!, item.linkLabel, newTab)}</p>` : nothing}
              </li>`,
            )}
          </ul>
          <p class="text">${t.innovations.outro}</p>
        </div>

        <div part="section" class="section secretariat">
          ${sub(t.secretariat.heading, 'secretariat')}
          <p class="text">${t.secretariat.role}</p>
          <ul part="list" class="team">
            ${t.secretariat.team.map(
              (m) => html`<li part="item" class="member">
                <span class="member-name" lang=${ifDefined(m.nameLang)}>${m.name}</span>
                ${m.gloss ? html`<span class="gloss">${m.gloss}</span>` : nothing}
              </li>`,
            )}
          </ul>
          <div part="note" class="note">
            <p class="note-label">${t.secretariat.functionLabel}</p>
            <p class="text">${t.secretariat.functionText}</p>
          </div>
        </div>
        ${sections.map(
          (s, i) => html`<div part="section" class="section regional">
            ${sub(text(s.title), `section-${i + 1}`)} ${s.paragraphs.map((p) => html`<p class="text">${text(p)}</p>`)}
          </div>`,
        )}
      `,
    );
  }
}

define('ogi-about', OgiAbout);

declare global {
  interface HTMLElementTagNameMap {
    'ogi-about': OgiAbout;
  }
}
