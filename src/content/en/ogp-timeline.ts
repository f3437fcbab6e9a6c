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
      title: 'Reformasi strengthens the demands',
      text: s.demandsAfter,
    },
    'public-information-law': {
      title: 'The Public Information Disclosure Law',
      text: `After ${s.law2008}, ${s.push} grew stronger.`,
    },
    'public-services-law': {
      title: 'The Public Services Law',
      text: `${s.law2009} made ${s.push} stronger still.`,
    },
    meeting: {
      title: 'Countries meet',
      text: s.meeting,
    },
    'ogp-launch': {
      title: 'The Open Government Partnership is launched',
      text: `OGP was launched by ${s.ogpLaunchedBy}:`,
      list: s.foundingCountries,
    },
    ogi: {
      title: 'Open Government Indonesia begins',
      text: s.ogiFollowUp,
    },
    'ogp-70': {
      dateLabel: 'End of {date}',
      title: '70 countries have joined OGP',
      text: `${s.ogpCollaboration} ${s.ogpSpread}`,
    },
  },
};
