import type { OgpTimelineContent } from '../ogp-timeline.js';
import { ogp as s } from './ogp-text.js';

export const ogpTimeline: OgpTimelineContent = {
  dateLocale: 'id-ID',
  eyebrow: 'Open Government Partnership',
  title: 'Jalan Menuju Pemerintahan Terbuka',
  intro: [`${s.ogpWhy[0]} ${s.ogpWhat}`],
  milestones: {
    'before-reformasi': {
      dateLabel: 'Sebelum {date}',
      title: 'Tuntutan akan keterbukaan',
      text: s.demandsBefore,
    },
    'after-reformasi': {
      dateLabel: 'Setelah {date}',
      title: 'Reformasi memperbesar tuntutan',
      text: s.demandsAfter,
    },
    'public-information-law': {
      title: 'Undang-Undang Keterbukaan Informasi Publik',
      text: `Setelah adanya ${s.law2008}, ${s.push} semakin besar.`,
    },
    'public-services-law': {
      title: 'Undang-Undang Pelayanan Publik',
      text: `${s.law2009} semakin memperbesar ${s.push}.`,
    },
    meeting: {
      title: 'Pertemuan antarnegara',
      text: s.meeting,
    },
    'ogp-launch': {
      title: 'Open Government Partnership diluncurkan',
      text: `OGP diluncurkan oleh ${s.ogpLaunchedBy}:`,
      list: s.foundingCountries,
    },
    ogi: {
      title: 'Open Government Indonesia dimulai',
      text: s.ogiFollowUp,
    },
    'ogp-70': {
      dateLabel: 'Akhir {date}',
      title: '70 negara tergabung dalam OGP',
      text: `${s.ogpCollaboration} ${s.ogpSpread}`,
    },
  },
};
