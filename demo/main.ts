import { initDemo } from './demo.js';

initDemo(document);
