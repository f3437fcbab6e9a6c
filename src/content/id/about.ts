import type { AboutContent } from '../about.js';

export const about: AboutContent = {
  eyebrow: 'Bagaimana OGI bekerja',
  title: 'Tentang Open Government Indonesia',
  lead:
    'Open Government Indonesia (OGI) adalah masa depan tata kelola pemerintahan di Indonesia. Dengan OGI, pemerintah dan masyarakat sipil bahu-membahu membangun pemerintahan yang lebih terbuka, lebih partisipatif, dan lebih inovatif.',
  vision: {
    heading: 'Visi: pemerintahan yang bersih, efektif, demokratis, dan terpercaya',
    paragraphs: [
      'Cita-cita ini dituangkan Presiden Joko Widodo ke dalam program Nawa Cita, yang kini menjadi dasar visi dan misi pemerintahan Indonesia. Salah satu langkah yang diambil adalah melanjutkan upaya membangun pemerintahan yang lebih terbuka, partisipatif, dan inovatif melalui komitmen Open Government Indonesia (OGI).',
    ],
  },
  quote: {
    text: 'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
    author: 'Joko Widodo',
    role: 'Presiden Republik Indonesia',
  },
  why: {
    heading: 'Mengapa OGI',
    paragraphs: [
      'OGI merupakan bentuk konkret keseriusan pemerintah Indonesia dalam melakukan reformasi sektor publik di Indonesia secara menyeluruh. Melalui OGI diharapkan lahir ide, inisiatif, dan praktik keterbukaan pemerintah yang dapat mengakselerasi pencapaian target dan prioritas nasional, utamanya dalam mewujudkan tata kelola pemerintahan yang bersih, efektif, demokratis, dan terpercaya.',
      'Dengan OGI, pemerintah berupaya membuka pintu sebesar-besarnya bagi seluruh lapisan masyarakat untuk berkolaborasi dan berperan aktif dalam menentukan prioritas penyelenggaraan pemerintahan di Indonesia. Kolaborasi yang semakin kuat ini diyakini dapat menjadi solusi untuk memperkuat kualitas implementasi kebijakan publik pemerintah.',
      'Selain itu, melalui proses pemerintahan yang terbuka, pemerintah Indonesia yakin akan lahir banyak inovasi kebijakan publik yang lebih sesuai dengan kebutuhan masyarakat.',
    ],
  },
  innovations: {
    heading: 'Inovasi yang lahir dari OGI',
    intro:
      'Inisiatif OGI sejauh ini telah menginspirasi dan mendorong lahirnya berbagai inovasi kebijakan publik, seperti LAPOR!, Portal Satu Data, dan inisiatif Satu Peta. Ketiganya adalah instrumen kebijakan publik yang menyasar tiga wilayah yang sangat erat dengan peningkatan keterbukaan pemerintah:',
    items: [
      {
        key: 'lapor',
        name: 'LAPOR!',
        focus: 'Saluran aspirasi dan pengaduan masyarakat.',
        linkLabel: 'Kunjungi lapor.go.id',
      },
      {
        key: 'satu-data',
        name: 'Portal Satu Data',
        alias: 'Open Data',
        focus: 'Kehadiran data yang kredibel sebagai sumber penyusunan kebijakan publik.',
        linkLabel: 'Kunjungi data.go.id',
      },
      {
        key: 'satu-peta',
        name: 'Satu Peta',
        alias: 'One Map',
        focus: 'Ketersediaan data spasial (ruang) yang sangat erat kaitannya dengan perencanaan pembangunan.',
        linkLabel: 'Kunjungi Ina-Geoportal',
      },
    ],
    outro:
      'Inovasi-inovasi ini diharapkan menjadi katalis bagi perubahan pola tata kelola kebijakan publik di Indonesia.',
  },
  secretariat: {
    heading: 'Sekretariat Nasional (Seknas) OGI',
    role:
      'Seknas OGI dibentuk untuk memfasilitasi dan mendorong proses realisasi kebijakan untuk menciptakan pemerintah yang lebih transparan, akuntabel, dan partisipatoris. Seknas OGI diisi oleh sejumlah staf profesional dan dikoordinasikan bersama oleh Tim Inti OGI, yang terdiri atas:',
    team: [
      { name: 'Kantor Staf Presiden' },
      { name: 'Kementerian PPN/Bappenas' },
      { name: 'Kementerian Luar Negeri' },
      { name: 'Perwakilan masyarakat sipil' },
    ],
    functionLabel: 'Fungsi utama',
    functionText:
      'Memfasilitasi pencapaian penuh Rencana Aksi (Renaksi) OGI serta mengonsolidasikan gerakan-gerakan keterbukaan lainnya, baik di tingkat nasional maupun daerah di Indonesia, dengan berkoordinasi dengan seluruh pemangku kepentingan terkait.',
  },
};
