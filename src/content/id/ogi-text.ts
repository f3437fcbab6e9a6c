import type { OgiText } from '../sentences.js';

export const ogi: OgiText = {
  lead: 'Open Government Indonesia (OGI) adalah masa depan tata kelola pemerintahan di Indonesia. Dengan OGI, pemerintah dan masyarakat sipil bahu-membahu membangun pemerintahan yang lebih terbuka, lebih partisipatif, dan lebih inovatif.',
  quote: {
    text: 'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
    author: 'Joko Widodo',
    role: 'Presiden ke-7 Republik Indonesia',
  },
  nawaCita:
    'Cita-cita pemerintahan yang bersih, efektif, demokratis, dan terpercaya ini dituangkan Presiden Joko Widodo ke dalam program Nawa Cita, yang menjadi dasar visi dan misi pemerintahannya.',
  nawaCitaStep:
    'Salah satu langkah yang diambil adalah melanjutkan upaya membangun pemerintahan yang lebih terbuka, partisipatif, dan inovatif melalui komitmen Open Government Indonesia (OGI).',
  concreteSign:
    'OGI merupakan bentuk konkret keseriusan pemerintah Indonesia dalam melakukan reformasi sektor publik di Indonesia secara menyeluruh.',
  ideas:
    'Melalui OGI diharapkan lahir ide, inisiatif, dan praktik keterbukaan pemerintah yang dapat mengakselerasi pencapaian target dan prioritas nasional, utamanya dalam mewujudkan tata kelola pemerintahan yang bersih, efektif, demokratis, dan terpercaya.',
  openDoor:
    'Dengan OGI, pemerintah berupaya membuka pintu sebesar-besarnya bagi seluruh lapisan masyarakat untuk berkolaborasi dan berperan aktif dalam menentukan prioritas penyelenggaraan pemerintahan di Indonesia.',
  collaboration:
    'Kolaborasi yang semakin kuat ini diyakini dapat menjadi solusi untuk memperkuat kualitas implementasi kebijakan publik pemerintah.',
  policyInnovations:
    'Selain itu, melalui proses pemerintahan yang terbuka, pemerintah Indonesia yakin akan lahir banyak inovasi kebijakan publik yang lebih sesuai dengan kebutuhan masyarakat.',
  innovationsIntro:
    'Inisiatif OGI sejauh ini telah menginspirasi dan mendorong lahirnya berbagai inovasi kebijakan publik, seperti LAPOR!, Portal Satu Data, dan inisiatif Satu Peta. Ketiganya adalah instrumen kebijakan publik yang mencoba menyasar tiga wilayah yang sangat erat dengan peningkatan keterbukaan pemerintah:',
  innovations: {
    lapor: { name: 'LAPOR!', focus: 'saluran aspirasi dan pengaduan masyarakat' },
    'satu-data': {
      name: 'Portal Satu Data',
      alias: 'Open Data',
      focus: 'kehadiran data yang kredibel sebagai sumber penyusunan kebijakan publik',
    },
    'satu-peta': {
      name: 'Satu Peta',
      focus: 'ketersediaan data spasial (ruang) yang sangat erat kaitannya dengan perencanaan pembangunan',
    },
  },
  innovationsOutro:
    'Inovasi-inovasi ini diharapkan menjadi katalis bagi perubahan pola tata kelola kebijakan publik di Indonesia.',

  seknasRole:
    'Sekretariat Nasional (Seknas) OGI dibentuk untuk memfasilitasi dan mendorong proses realisasi kebijakan demi menciptakan pemerintah yang lebih transparan, akuntabel, dan partisipatoris.',
  seknasStaff:
    'Seknas OGI diisi oleh sejumlah staf profesional dan dikoordinasikan bersama oleh Tim Inti OGI, yang terdiri atas:',
  team: [
    { name: 'Kantor Staf Presiden' },
    { name: 'Kementerian PPN/Bappenas' },
    { name: 'Kementerian Luar Negeri' },
    { name: 'Sejumlah unsur perwakilan masyarakat sipil' },
  ],
  seknasFunction:
    'Fungsi utama Seknas OGI adalah memfasilitasi pencapaian penuh Rencana Aksi (Renaksi) OGI serta mengonsolidasikan gerakan-gerakan keterbukaan lainnya, baik di tingkat nasional maupun daerah di Indonesia.',
  seknasCoordination: 'Untuk itu, Seknas OGI berkoordinasi dengan seluruh pemangku kepentingan terkait.',
};
