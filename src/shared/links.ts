import { html, type TemplateResult } from 'lit';
import { commonContent } from '../content/common.js';
import type { Locale } from './lang.js';
import { icons } from './icons.js';

/**
 * A link that opens in a new tab, safely (`rel="noopener noreferrer"`), and
 * says so to assistive technology in the widget's language.
 */
export function externalLink(href: string, label: unknown, locale: Locale, cls = ''): TemplateResult {
  return html`<a part="link" class="external ${cls}" href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${commonContent[locale].newTab}</span>${icons.external}</a
  >`;
}
