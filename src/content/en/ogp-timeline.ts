import type { OgpTimelineContent } from '../ogp-timeline.js';
import { ogp as s } from './ogp-text.js';

export const ogpTimeline: OgpTimelineContent = {
  dateLocale: 'en-GB',
  eyebrow: 'Open Government Partnership',
  title: 'The road to open government',
  intro: [`${s.ogpWhy[0]} ${s.ogpWhat}`],
  milestones: {
    'before-reformasi': {
      dateLabel: 'Before {date}',
      title: 'Calls for openness',
      text: s.demandsBefore,
    },
    'after-reformasi': {
      dateLabel: 'After {date}',
      title: 'The demands grow',
      text: s.demandsAfter,
    },
    'public-information-law': {
      title: 'The Public Information Disclosure Law',
      text: `${s.law2008} was enacted.`,
    },
    'public-services-law': {
      title: 'The Public Services Law',
      text: s.afterLaws,
    },
    meeting: {
      title: 'Countries meet',
      text: s.meeting,
    },
    ogi: {
      title: 'Open Government Indonesia is implemented',
      text: s.ogiFollowUp,
    },
    'ogp-launch': {
      title: 'The Open Government Partnership is launched',
      text: `Also in 2011, OGP was launched by ${s.ogpLaunchedBy}:`,
      list: s.foundingCountries,
    },
    'ogp-70': {
      dateLabel: 'End of {date}',
      title: '70 countries have joined OGP',
      text: `${s.ogpCollaboration} ${s.ogpSpread}`,
    },
  },
};
