import type { OgpTimelineContent } from '../ogp-timeline.js';

export const ogpTimeline: OgpTimelineContent = {
  dateLocale: 'en',
  eyebrow: 'Open Government Partnership',
  title: 'The road to open government',
  intro: [
    'People all over the world hope for government that is effective and transparent. Yet government is often seen as slow, unresponsive, insensitive and not transparent. Unfortunately, that public perception has not yet pushed the bureaucracy to change, even though a better, more prosperous and fairer life is what we all aspire to. The result is a wide gap between how the government understands a policy and what society at large aspires to.',
    'The Open Government Partnership (OGP) was set up to meet that challenge. OGP is a global movement that gives stakeholders in its member countries a framework for building government that is open, accountable and responsive to citizens’ needs. It also encourages the use of the latest technological innovation to make governing easier.',
  ],
  milestones: {
    'before-reformasi': {
      dateLabel: 'Before {date}',
      title: 'Calls for openness',
      text: 'Demands for transparency, more efficient government, an end to corruption and a better bureaucracy were already being made before the 1998 Reformasi.',
    },
    'after-reformasi': {
      dateLabel: 'After {date}',
      title: 'Reformasi strengthens the demands',
      text: 'After the 1998 Reformasi, these demands grew stronger.',
    },
    'public-information-law': {
      title: 'The Public Information Disclosure Law',
      text: 'Law No. 14 of 2008 on Public Information Disclosure gave the push to meet those demands fresh force.',
    },
    'public-services-law': {
      title: 'The Public Services Law',
      text: 'Law No. 25 of 2009 on Public Services pushed further still.',
    },
    meeting: {
      title: 'The peak: countries meet',
      text: 'Several countries met to discuss how the world’s nations could work together for transparent government. Indonesia was one of the initiators.',
    },
    'ogp-launch': {
      title: 'The Open Government Partnership is launched',
      text: 'Eight countries launched OGP by jointly endorsing the Open Government Declaration (Deklarasi Keterbukaan Pemerintah):',
      list: [
        'Indonesia',
        'Brazil',
        'Mexico',
        'Norway',
        'Philippines',
        'South Africa',
        'United Kingdom',
        'United States',
      ],
    },
    ogi: {
      title: 'Open Government Indonesia begins',
      text: 'As the follow-up, Open Government Indonesia (OGI) has been carried out since 2011.',
    },
    'ogp-70': {
      dateLabel: 'End of {date}',
      title: '70 countries have joined OGP',
      text: 'The spirit of openness kept spreading from country to country. Governments are encouraged not only to be transparent, accountable and innovative, but also to work together with civil society and the wider public.',
    },
  },
};
