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
      title: 'Tuntutan semakin besar',
      text: s.demandsAfter,
    },
    'public-information-law': {
      title: 'Undang-Undang Keterbukaan Informasi Publik',
      text: `${s.law2008} disahkan.`,
    },
    'public-services-law': {
      title: 'Undang-Undang Pelayanan Publik',
      text: s.afterLaws,
    },
    meeting: {
      title: 'Pertemuan antarnegara',
      text: s.meeting,
    },
    ogi: {
      title: 'Open Government Indonesia dilaksanakan',
      text: s.ogiFollowUp,
    },
    'ogp-launch': {
      title: 'Open Government Partnership diluncurkan',
      text: `Juga pada tahun 2011, OGP diluncurkan oleh ${s.ogpLaunchedBy}:`,
      list: s.foundingCountries,
    },
    'ogp-70': {
      dateLabel: 'Akhir {date}',
      title: '70 negara tergabung dalam OGP',
      text: `${s.ogpCollaboration} ${s.ogpSpread}`,
    },
  },
};
