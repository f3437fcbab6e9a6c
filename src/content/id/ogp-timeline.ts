import type { OgpTimelineContent } from '../ogp-timeline.js';

export const ogpTimeline: OgpTimelineContent = {
  dateLocale: 'id-ID',
  eyebrow: 'Open Government Partnership',
  title: 'Jalan Menuju Pemerintahan Terbuka',
  intro: [
    'Pemerintahan yang efektif dan transparan adalah harapan masyarakat di seluruh dunia. Namun kinerja pemerintah kerap diasosiasikan dengan kinerja yang lamban, tidak responsif, tidak sensitif, dan tidak transparan. Sayangnya, persepsi publik itu belum efektif mendorong birokrasi pemerintahan untuk berubah, padahal kehidupan yang lebih baik, lebih sejahtera, dan lebih adil adalah aspirasi kita bersama. Akibatnya, ada jurang yang begitu besar antara pemahaman pemerintah akan sebuah kebijakan dan aspirasi masyarakat luas.',
    'Open Government Partnership (OGP) hadir untuk menjawab tantangan tersebut. OGP adalah gerakan global yang menyediakan kerangka bagi pemangku kepentingan di negara anggota untuk mendorong terbangunnya pemerintahan yang terbuka, akuntabel, dan responsif terhadap kebutuhan warga. OGP juga mendorong pemanfaatan inovasi teknologi terkini untuk memudahkan penyelenggaraan pemerintahan.',
  ],
  milestones: {
    'before-reformasi': {
      dateLabel: 'Sebelum {date}',
      title: 'Tuntutan akan keterbukaan',
      text: 'Tuntutan akan transparansi, efisiensi kinerja pemerintah, pemberantasan korupsi, serta perbaikan birokrasi sudah muncul sejak sebelum Reformasi 1998.',
    },
    'after-reformasi': {
      dateLabel: 'Setelah {date}',
      title: 'Reformasi memperbesar tuntutan',
      text: 'Setelah Reformasi 1998, tuntutan tersebut semakin besar.',
    },
    'public-information-law': {
      title: 'Undang-Undang Keterbukaan Informasi Publik',
      text: 'UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik memperbesar dorongan untuk mewujudkan tuntutan tersebut.',
    },
    'public-services-law': {
      title: 'Undang-Undang Pelayanan Publik',
      text: 'UU Nomor 25 Tahun 2009 tentang Pelayanan Publik semakin memperbesar dorongan itu.',
    },
    meeting: {
      title: 'Puncaknya: pertemuan antarnegara',
      text: 'Beberapa negara bertemu untuk membahas kerja sama antarnegara di dunia demi mewujudkan pemerintahan yang transparan. Indonesia merupakan salah satu inisiatornya.',
    },
    'ogp-launch': {
      title: 'Open Government Partnership diluncurkan',
      text: 'OGP diluncurkan oleh delapan negara melalui persetujuan bersama Deklarasi Keterbukaan Pemerintah:',
      list: ['Indonesia', 'Brasil', 'Meksiko', 'Norwegia', 'Filipina', 'Afrika Selatan', 'Inggris', 'Amerika Serikat'],
    },
    ogi: {
      title: 'Open Government Indonesia dimulai',
      text: 'Sebagai tindak lanjutnya, Open Government Indonesia (OGI) dilaksanakan sejak tahun 2011.',
    },
    'ogp-70': {
      dateLabel: 'Akhir {date}',
      title: '70 negara tergabung dalam OGP',
      text: 'Semangat keterbukaan semakin menular ke berbagai negara. Pemerintah didorong tidak hanya untuk transparan, akuntabel, dan inovatif, tetapi juga untuk berkolaborasi dengan masyarakat sipil serta masyarakat luas.',
    },
  },
};
