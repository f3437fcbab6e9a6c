import { svg, type SVGTemplateResult } from 'lit';

/**
 * The one way to draw an icon: a 24-unit stroke drawing, decorative only (hidden from
 * assistive technology), sized by the element's styles through `cls`. Icons used by a single
 * element are drawn in its own file with this helper, so they stay out of the other modules.
 */
export function icon(path: SVGTemplateResult, cls = 'icon'): SVGTemplateResult {
  return svg`<svg class=${cls} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
}

/** Icons more than one element (or a shared template) uses. */
export const icons = {
  pin: icon(
    svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  ),
  mail: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`),
  copy: icon(
    svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>`,
  ),
  download: icon(svg`<path d="M12 3v12m0 0-5-5m5 5 5-5M4 21h16"/>`),
  external: icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`),
};
