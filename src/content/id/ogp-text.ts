import type { OgpText } from '../sentences.js';

export const ogp: OgpText = {
  ogpWhy: [
    'Pemerintahan yang efektif dan transparan merupakan harapan masyarakat di seluruh dunia.',
    'Namun, kinerja pemerintah sering kali diasosiasikan dengan kinerja yang lamban, tidak responsif, tidak sensitif, dan tidak transparan.',
    'Sayangnya, persepsi publik seperti ini belum efektif mendorong birokrasi pemerintahan untuk berubah.',
    'Padahal, keinginan akan kehidupan yang lebih baik, lebih sejahtera, dan lebih adil merupakan aspirasi kita bersama.',
    'Kondisi ini menimbulkan jurang yang begitu besar antara pemahaman pemerintah akan sebuah kebijakan dan aspirasi masyarakat secara luas.',
  ],
  ogpAnswer: 'Open Government Partnership (OGP) hadir untuk menjawab tantangan tersebut.',
  ogpWhat:
    'Open Government Partnership (OGP) merupakan gerakan global yang bertujuan menyediakan kerangka bagi pemangku kepentingan di negara anggota untuk mendorong terbangunnya pemerintahan yang terbuka, akuntabel, dan responsif terhadap kebutuhan warga.',
  ogpTechnology:
    'OGP juga mendorong pemanfaatan inovasi teknologi terkini untuk memudahkan proses penyelenggaraan pemerintahan.',
  ogpCollaboration:
    'Pemerintah tidak hanya didorong untuk transparan, akuntabel, dan inovatif, tetapi juga untuk berkolaborasi dengan masyarakat sipil serta masyarakat luas.',
  ogpLaunchedBy:
    'delapan negara melalui persetujuan bersama atas Deklarasi Keterbukaan Pemerintah (Open Government Declaration)',
  foundingCountries: [
    'Indonesia',
    'Brasil',
    'Meksiko',
    'Norwegia',
    'Filipina',
    'Afrika Selatan',
    'Inggris',
    'Amerika Serikat',
  ],
  ogpSpread: 'Semangat keterbukaan pemerintah ini semakin menular ke berbagai negara.',

  demandsBefore:
    'Tuntutan akan transparansi, efisiensi kinerja pemerintah, pemberantasan korupsi, serta perbaikan birokrasi sudah muncul sejak sebelum Reformasi 1998.',
  demandsAfter: 'Setelah Reformasi 1998, tuntutan tersebut semakin besar.',
  law2008: 'UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
  law2009: 'UU Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  afterLaws:
    'Setelah adanya UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik serta UU Nomor 25 Tahun 2009 tentang Pelayanan Publik, dorongan untuk mewujudkan tuntutan tersebut semakin besar.',
  meeting:
    'Puncaknya adalah sebuah pertemuan antarnegara untuk membahas kerja sama negara-negara di dunia dalam mewujudkan pemerintahan yang transparan. Indonesia merupakan salah satu inisiatornya.',
  ogiFollowUp:
    'Pertemuan tersebut kemudian ditindaklanjuti dengan pelaksanaan Open Government Indonesia (OGI) pada tahun 2011.',
};
