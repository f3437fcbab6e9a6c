/** This release's version (package.json's; `npm run lint` checks they agree). It stamps server-rendered fragments. */
export const VERSION = '0.1.0';
