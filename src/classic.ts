/**
 * The classic-script entry (`dist/ogi-widgets.iife.js`): registers every element and
 * exports nothing, so the script adds no global beyond the custom element definitions.
 */
import './index.js';
