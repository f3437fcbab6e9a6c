import { html, nothing, svg, type TemplateResult } from 'lit';
import { commonContent } from '../../content/common.js';
import { CONTACT_FACTS, contactContent } from '../../content/contact.js';
import { define } from '../../shared/define.js';
import { icon, icons } from '../../shared/icons.js';
import { externalLink } from '../../shared/links.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { textIn, type RegionalText } from '../../shared/regional.js';
import { contactStyles } from './ogi-contact.styles.js';
import { vCard } from './vcard.js';

/** The copy button's icon once it has copied. */
const checkIcon = icon(svg`<path d="m5 12 5 5 9-10"/>`);

/** A map search for an address. */
const mapUrl = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
const MAP_URL = mapUrl(
  `${CONTACT_FACTS.street}, ${CONTACT_FACTS.city} ${CONTACT_FACTS.postalCode}, ${CONTACT_FACTS.country}`,
);

const phoneIcon = icon(
  svg`<path d="M5 3h3.5l2 5-2.5 1.5a11 11 0 0 0 6.5 6.5l1.5-2.5 5 2V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
);

/** How long the copy waits for the clipboard before it says it failed (ms). */
const COPY_TIMEOUT = 3000;
/** How long "Copied" stays in the status line (ms). */
const COPIED_SHOWN = 3000;

export interface OgiContactCopyDetail {
  /** The text that was (or was meant to be) copied. */
  value: string;
  /** Whether the clipboard accepted it. */
  ok: boolean;
}

/**
 * How to reach the OGI National Secretariat (Seknas OGI): its address, its e-mail as a
 * mail link with a copy button, a map link and an "add to contacts" card.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * @tagname ogi-contact
 * @summary The address and e-mail of Seknas OGI, ready to use.
 *
 * A regional portal's own contact replaces any of the organisation, address lines, e-mail, phone
 * (shown as a `tel:` link), map link, title and introduction (`contact` in the regional content).
 *
 * @fires ogi-contact-copy - After the copy button was used. `detail: { value: string, ok: boolean }`.
 *
 * @csspart address - The `<address>` holding the postal address and e-mail.
 * @csspart item - Each block (address, e-mail).
 * @csspart link - Every link (e-mail, map).
 * @csspart button - The copy and "add to contacts" controls.
 * @csspart status - The polite live region that announces a copy (visually hidden while the button itself says "Tersalin" / "Copied").
 */
export class OgiContact extends OgiElement {
  static override styles = [OgiElement.styles, contactStyles];
  protected static override contentKey = 'contact' as const;

  /** What the widget shows: the national facts, with what a regional contact gives in their place. */
  get #contact() {
    const r = (this.regional?.part ?? {}) as { [k: string]: RegionalText | RegionalText[] | undefined };
    const lang = this.locale;
    const f = CONTACT_FACTS;
    const text = (v: unknown) => textIn(v as RegionalText, lang);
    const lines = (r.addressLines as RegionalText[] | undefined)?.map(text);
    const own = !!(r.organization || lines);
    return {
      /** Whether it is another office than the national secretariat. */
      own,
      organization: r.organization ? text(r.organization) : f.organization,
      lines: lines ?? f.addressLines,
      email: (r.email as string | undefined) ?? f.email,
      phone: r.phone as string | undefined,
      map: (r.mapUrl as string | undefined) ?? (lines ? mapUrl(lines.join(', ')) : MAP_URL),
      title: r.title && text(r.title),
      intro: r.intro && text(r.intro),
    };
  }

  async #copyEmail(): Promise<void> {
    const value = this.#contact.email;
    const t = this.words(contactContent);
    let ok = false;
    try {
      // A clipboard that never answers (a prompt left open, a broken polyfill) counts as a refusal.
      await Promise.race([
        navigator.clipboard.writeText(value),
        new Promise((_, reject) => setTimeout(reject, COPY_TIMEOUT)),
      ]);
      ok = true;
    } catch {
      ok = false;
    }
    await this.announce(ok ? t.copied : `${t.copyFailed} ${value}`);
    this.emit('ogi-contact-copy', { value, ok });
    setTimeout(() => {
      if (this.announcement === t.copied) this.announcement = '';
    }, COPIED_SHOWN);
  }

  /** Whether the e-mail address was just copied: the button itself says so, and the live region (then visually hidden) tells screen readers. */
  get #copied(): boolean {
    return this.announcement === this.words(contactContent).copied;
  }

  /** The copy button: "Copy e-mail address", then (with a tick) "Copied" for a moment. */
  protected override controls(): TemplateResult {
    const t = this.words(contactContent);
    const copied = this.#copied;
    return html`<button part="button" type="button" @click=${this.#copyEmail}>
      ${copied ? checkIcon : icons.copy}<span class="swap"
        ><span ?hidden=${copied}>${t.copyEmail}</span><span ?hidden=${!copied}>${t.copiedShort}</span></span
      >
    </button>`;
  }

  override render() {
    const locale = this.locale;
    const t = this.words(contactContent);
    const c = this.#contact;
    const f = CONTACT_FACTS;
    const card = `data:text/vcard;charset=utf-8,${encodeURIComponent(
      vCard(
        c.own
          ? { name: c.organization, street: c.lines.join(', '), email: c.email, phone: c.phone }
          : {
              name: f.organization,
              extendedAddress: f.building,
              street: f.street,
              city: f.city,
              postalCode: f.postalCode,
              country: f.country,
              email: c.email,
              phone: c.phone,
            },
      ),
    )}`;
    return this.frame(
      locale,
      { eyebrow: t.eyebrow, title: c.title || t.title },
      html`
        ${c.intro || !c.own ? html`<p class="lead">${c.intro || t.intro}</p>` : nothing}
        <address part="address">
          <div class="block" part="item">
            <p class="label">${icons.pin}${t.addressHeading}</p>
            <p class="lines">
              <span class="org" translate="no">${c.organization}</span><br />
              ${c.lines.map((line) => html`<span translate="no">${line}</span><br />`)}
              <span>${t.country}</span>
            </p>
            ${c.own ? nothing : html`<p class="note">${t.organizationNote}</p>`}
            ${externalLink(c.map, t.openMap, this.words(commonContent, 'common').newTab)}
          </div>
          <div class="block" part="item">
            <p class="label">${icons.mail}${t.emailHeading}</p>
            <a part="link" class="email" href="mailto:${c.email}"
              >${c.email.split(/(?<=[@.])/).map((s) => html`${s}<wbr />`)}</a
            >
            ${
              c.phone
                ? html`<p class="label phone">${phoneIcon}${t.phoneHeading}</p>
                    <a part="link" class="tel" href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>`
                : nothing
            }
            <div class="actions">
              <a part="button" class="button" href=${card} download="seknas-ogi.vcf"
                >${icons.download}${t.saveContact}</a
              >
              <span class="later"></span>
            </div>
          </div>
        </address>
        ${this.status(this.#copied)}
      `,
    );
  }
}

define('ogi-contact', OgiContact);

declare global {
  interface HTMLElementTagNameMap {
    'ogi-contact': OgiContact;
  }
  interface HTMLElementEventMap {
    'ogi-contact-copy': CustomEvent<OgiContactCopyDetail>;
  }
}
