/**
 * Runs inside each preview frame: registers the widgets from source, the way
 * `dist/ogi-widgets.js` registers them on a webmaster's page. The demo page
 * drives the frame's DOM once it has loaded (see host-page.ts).
 */
import '../src/index.js';
