import { html } from 'lit';
import { CONTACT_FACTS, contactContent } from '../../content/contact.js';
import { define } from '../../shared/define.js';
import { icons } from '../../shared/icons.js';
import { externalLink } from '../../shared/links.js';
import { OgiElement } from '../../shared/ogi-element.js';
import { contactStyles } from './ogi-contact.styles.js';
import { vCard } from './vcard.js';

const MAP_URL = `https://www.openstreetmap.org/search?query=${encodeURIComponent(
  `${CONTACT_FACTS.street}, ${CONTACT_FACTS.city} ${CONTACT_FACTS.postalCode}, ${CONTACT_FACTS.country}`,
)}`;

const VCARD_URL = `data:text/vcard;charset=utf-8,${encodeURIComponent(
  vCard({
    name: CONTACT_FACTS.organization,
    extendedAddress: CONTACT_FACTS.building,
    street: CONTACT_FACTS.street,
    city: CONTACT_FACTS.city,
    postalCode: CONTACT_FACTS.postalCode,
    country: CONTACT_FACTS.country,
    email: CONTACT_FACTS.email,
  }),
)}`;

/** How long the copy waits for the clipboard before it says it failed (ms). */
const COPY_TIMEOUT = 3000;

export interface OgiContactCopyDetail {
  /** The text that was (or was meant to be) copied. */
  value: string;
  /** Whether the clipboard accepted it. */
  ok: boolean;
}

/**
 * How to reach the OGI national secretariat: its address, its e-mail as a
 * mail link with a copy button, a map link and an "add to contacts" card.
 * Shares `lang`, `heading-level`, `theme`, the `--ogi-*` tokens and the
 * `base` and `title` parts with every OGI widget (see `OgiElement`).
 *
 * @tagname ogi-contact
 * @summary The secretariat's address and e-mail, ready to use.
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

  async #copyEmail(): Promise<void> {
    const value = CONTACT_FACTS.email;
    const t = contactContent[this.locale];
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
    }, 3000);
  }

  override render() {
    const locale = this.locale;
    const t = contactContent[locale];
    const f = CONTACT_FACTS;
    // After a copy the button itself says so; the live region (then visually hidden) tells screen readers.
    const copied = this.announcement === t.copied;
    return this.frame(
      locale,
      t,
      html`
        <p class="lead">${t.intro}</p>
        <address part="address">
          <div class="block" part="item">
            <p class="label">${icons.pin}${t.addressHeading}</p>
            <p class="lines">
              <span class="org" translate="no">${f.organization}</span><br />
              ${f.addressLines.map((line) => html`<span translate="no">${line}</span><br />`)}
              <span>${t.country}</span>
            </p>
            <p class="note">${t.organizationNote}</p>
            ${externalLink(MAP_URL, t.openMap, locale)}
          </div>
          <div class="block" part="item">
            <p class="label">${icons.mail}${t.emailHeading}</p>
            <a part="link" class="email" href="mailto:${f.email}"
              >${f.email.split(/(?<=[@.])/).map((s) => html`${s}<wbr />`)}</a
            >
            <div class="actions">
              <a part="button" class="button" href=${VCARD_URL} download="seknas-ogi.vcf"
                >${icons.download}${t.saveContact}</a
              >
              <button part="button" class="js" type="button" @click=${this.#copyEmail}>
                ${icons.copy}<span class="swap"
                  ><span ?hidden=${copied}>${t.copyEmail}</span><span ?hidden=${!copied}>${t.copiedShort}</span></span
                >
              </button>
            </div>
          </div>
        </address>
        ${this.status(copied)}
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
