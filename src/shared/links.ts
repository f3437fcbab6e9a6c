import { html, type TemplateResult } from 'lit';
import { icons } from './icons.js';

/**
 * A link that opens in a new tab, safely (`rel="noopener noreferrer"`), and
 * says so to assistive technology (`newTab`, in the widget's language).
 */
export function externalLink(href: string, label: unknown, newTab: string, cls = ''): TemplateResult {
  return html`<a part="link" class="external ${cls}" href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${newTab}</span>${icons.external}</a
  >`;
}
