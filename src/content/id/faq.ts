import { CONTACT_FACTS } from '../contact.js';
import type { FaqContent } from '../faq.js';

export const faq: FaqContent = {
  eyebrow: 'Tanya Jawab',
  title: 'Pertanyaan yang Sering Diajukan',
  intro: 'Jawaban singkat atas pertanyaan yang sering diajukan tentang keterbukaan pemerintah di Indonesia.',
  openAll: 'Buka semua',
  closeAll: 'Tutup semua',
  allOpened: 'Semua jawaban ditampilkan.',
  allClosed: 'Semua jawaban disembunyikan.',
  items: [
    {
      id: 'apa-itu-ogi',
      question: 'Apa itu Open Government Indonesia (OGI)?',
      answer: [
        'Open Government Indonesia (OGI) adalah masa depan tata kelola pemerintahan di Indonesia. Dengan OGI, pemerintah dan masyarakat sipil bahu-membahu membangun pemerintahan yang lebih terbuka, lebih partisipatif, dan lebih inovatif.',
      ],
    },
    {
      id: 'ogi-dan-nawa-cita',
      question: 'Apa hubungan OGI dengan Nawa Cita?',
      answer: [
        {
          quote:
            'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.',
          cite: 'Joko Widodo, Presiden Republik Indonesia',
        },
        'Cita-cita pemerintahan yang bersih, efektif, demokratis, dan terpercaya ini dituangkan Presiden Joko Widodo ke dalam program Nawa Cita, yang kini menjadi dasar visi dan misi pemerintahan Indonesia.',
        'Salah satu langkah yang diambil adalah melanjutkan upaya membangun pemerintahan yang lebih terbuka, partisipatif, dan inovatif melalui komitmen Open Government Indonesia (OGI).',
      ],
    },
    {
      id: 'tujuan-ogi',
      question: 'Apa yang ingin dicapai melalui OGI?',
      answer: [
        'OGI merupakan bentuk konkret keseriusan pemerintah Indonesia dalam melakukan reformasi sektor publik di Indonesia secara menyeluruh.',
        'Melalui OGI diharapkan lahir ide, inisiatif, dan praktik keterbukaan pemerintah yang dapat mengakselerasi pencapaian target dan prioritas nasional, utamanya dalam mewujudkan tata kelola pemerintahan yang bersih, efektif, demokratis, dan terpercaya.',
      ],
    },
    {
      id: 'peran-masyarakat',
      question: 'Apa peran masyarakat dalam OGI?',
      answer: [
        'Dengan OGI, pemerintah berupaya membuka pintu sebesar-besarnya bagi seluruh lapisan masyarakat untuk berkolaborasi dan berperan aktif dalam menentukan prioritas penyelenggaraan pemerintahan di Indonesia.',
        'Kolaborasi yang semakin kuat ini diyakini dapat menjadi solusi untuk memperkuat kualitas implementasi kebijakan publik pemerintah. Melalui proses pemerintahan yang terbuka, pemerintah juga yakin akan lahir banyak inovasi kebijakan publik yang lebih sesuai dengan kebutuhan masyarakat.',
      ],
    },
    {
      id: 'inovasi-ogi',
      question: 'Inovasi apa saja yang lahir dari OGI?',
      answer: [
        'Inisiatif OGI telah menginspirasi dan mendorong lahirnya berbagai inovasi kebijakan publik, seperti LAPOR!, Portal Satu Data, dan inisiatif Satu Peta. Ketiganya adalah instrumen kebijakan publik yang menyasar tiga wilayah yang sangat erat dengan peningkatan keterbukaan pemerintah:',
        {
          list: [
            'LAPOR!: saluran aspirasi dan pengaduan masyarakat;',
            'Portal Satu Data (Open Data): kehadiran data yang kredibel sebagai sumber penyusunan kebijakan publik;',
            'Satu Peta: ketersediaan data spasial (ruang) yang sangat erat kaitannya dengan perencanaan pembangunan.',
          ],
        },
        'Inovasi-inovasi ini diharapkan menjadi katalis bagi perubahan pola tata kelola kebijakan publik di Indonesia.',
      ],
    },
    {
      id: 'mengapa-ogp',
      question: 'Mengapa Open Government Partnership (OGP) dibutuhkan?',
      answer: [
        'Pemerintahan yang efektif dan transparan merupakan harapan masyarakat di seluruh dunia. Namun, kinerja pemerintah sering kali diasosiasikan dengan kinerja yang lamban, tidak responsif, tidak sensitif, dan tidak transparan. Sayangnya, persepsi publik seperti ini belum efektif mendorong birokrasi pemerintahan untuk berubah.',
        'Padahal, keinginan akan kehidupan yang lebih baik, lebih sejahtera, dan lebih adil merupakan aspirasi kita bersama. Kondisi ini membuat ada jurang yang begitu besar antara pemahaman pemerintah akan sebuah kebijakan dan aspirasi masyarakat secara luas. OGP hadir untuk menjawab tantangan tersebut.',
      ],
    },
    {
      id: 'apa-itu-ogp',
      question: 'Apa itu Open Government Partnership (OGP)?',
      answer: [
        'OGP merupakan gerakan global yang bertujuan menyediakan kerangka bagi pemangku kepentingan di negara anggota untuk mendorong terbangunnya pemerintahan yang terbuka, akuntabel, dan responsif terhadap kebutuhan warga. OGP juga mendorong pemanfaatan inovasi teknologi terkini untuk memudahkan proses penyelenggaraan pemerintahan.',
        'Pemerintah tidak hanya didorong untuk transparan, akuntabel, dan inovatif, tetapi juga untuk berkolaborasi dengan masyarakat sipil serta masyarakat luas.',
        ['Situs resmi: ', { text: 'opengovpartnership.org', href: 'https://www.opengovpartnership.org/' }],
      ],
    },
    {
      id: 'peluncuran-ogp',
      question: 'Kapan OGP diluncurkan, dan oleh siapa?',
      answer: [
        'OGP diluncurkan pada 20 September 2011 oleh delapan negara melalui persetujuan bersama atas Deklarasi Keterbukaan Pemerintah (Open Government Declaration):',
        {
          list: [
            'Indonesia',
            'Brasil',
            'Meksiko',
            'Norwegia',
            'Filipina',
            'Afrika Selatan',
            'Inggris',
            'Amerika Serikat',
          ],
        },
        'Semangat ini terus menular ke berbagai negara. Hingga akhir September 2016, sudah 70 negara yang tergabung dalam OGP.',
      ],
    },
    {
      id: 'sejarah-ogi',
      question: 'Bagaimana sejarah lahirnya OGI?',
      answer: [
        'Tuntutan akan transparansi, efisiensi kinerja pemerintah, pemberantasan korupsi, serta perbaikan birokrasi sudah muncul sejak sebelum Reformasi 1998. Setelah reformasi, tuntutan tersebut semakin besar.',
        'Setelah lahirnya UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik serta UU Nomor 25 Tahun 2009 tentang Pelayanan Publik, dorongan untuk mewujudkan tuntutan tersebut semakin besar.',
        'Puncaknya adalah sebuah pertemuan antarnegara untuk membahas kerja sama negara-negara di dunia dalam mewujudkan pemerintahan yang transparan, dengan Indonesia sebagai salah satu inisiatornya. Pertemuan ini kemudian ditindaklanjuti dengan pelaksanaan Open Government Indonesia pada tahun 2011.',
      ],
    },
    {
      id: 'apa-itu-seknas-ogi',
      question: 'Apa itu Sekretariat Nasional (Seknas) OGI?',
      answer: [
        'Sekretariat Nasional (Seknas) OGI dibentuk untuk memfasilitasi dan mendorong proses realisasi kebijakan demi menciptakan pemerintahan yang lebih transparan, akuntabel, dan partisipatoris.',
        'Seknas OGI diisi oleh sejumlah staf profesional dan dikoordinasikan bersama oleh Tim Inti OGI, yang terdiri atas:',
        {
          list: [
            'Kantor Staf Presiden;',
            'Kementerian PPN/Bappenas;',
            'Kementerian Luar Negeri;',
            'sejumlah unsur perwakilan masyarakat sipil.',
          ],
        },
      ],
    },
    {
      id: 'fungsi-seknas-ogi',
      question: 'Apa fungsi utama Seknas OGI?',
      answer: [
        'Fungsi utama Seknas OGI adalah memfasilitasi pencapaian penuh Rencana Aksi (Renaksi) OGI serta mengonsolidasikan gerakan-gerakan keterbukaan lainnya, baik di tingkat nasional maupun daerah di Indonesia.',
        'Untuk itu, Seknas OGI berkoordinasi dengan seluruh pemangku kepentingan terkait.',
      ],
    },
    {
      id: 'kontak-seknas-ogi',
      question: 'Di mana alamat Seknas OGI, dan bagaimana cara menghubunginya?',
      answer: [
        `${CONTACT_FACTS.organization} berkantor di ${CONTACT_FACTS.addressLines.join(', ')}.`,
        ['Surel: ', { text: CONTACT_FACTS.email, href: `mailto:${CONTACT_FACTS.email}` }],
      ],
    },
  ],
};
