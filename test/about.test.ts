/**
 * `<ogi-about>`: the President's words, the text of the source, the innovations, heading levels,
 * language and layout. Cases marked (client-rendered) / (hydrated) run on both kinds of widget
 * (support/fixture.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/about/ogi-about.js';
import type { OgiAbout } from '../src/components/about/ogi-about.js';
import { nextFrame, q, qa, squash, text } from './support/dom.js';
import { fixtures } from './support/fixture.js';

const QUOTE_ID =
  'Kami akan membuat pemerintah selalu hadir dengan membangun tata kelola pemerintahan yang bersih, efektif, demokratis dan terpercaya.';

describe('<ogi-about>', () => {
  // axe in both languages and themes: test/a11y.test.ts, for every element.
  describe('accessibility', () => {
    for (const { type, fixture: render } of fixtures)
      it(`names the region by its title (${type})`, async () => {
        const el = await render<OgiAbout>('ogi-about', { lang: 'en' });
        expect(q(el, '[part~="base"]').getAttribute('aria-labelledby')).to.equal('title');
        expect(squash(q(el, '#title').textContent)).to.equal('About Open Government Indonesia');
      });
  });

  describe("the President's words", () => {
    for (const { type, fixture: render } of fixtures)
      it(`are one <blockquote>, verbatim in Indonesian, attributed to Joko Widodo in a <figcaption> (${type})`, async () => {
        const el = await render<OgiAbout>('ogi-about', { lang: 'id' });
        const quotes = qa(el, 'blockquote');
        expect(quotes).to.have.length(1);
        expect(quotes[0].getAttribute('part')).to.equal('quote');
        expect(squash(quotes[0].textContent)).to.equal(QUOTE_ID);
        const figure = quotes[0].closest('figure')!;
        expect(figure).to.exist;
        const caption = figure.querySelector('figcaption')!;
        expect(squash(caption.querySelector('cite')!.textContent)).to.equal('Joko Widodo');
      });

    for (const { type, fixture: render } of fixtures)
      it(`are translated in English, marked as a translation, with the original kept in lang="id" (${type})`, async () => {
        const el = await render<OgiAbout>('ogi-about', { lang: 'en' });
        const quotes = qa(el, 'blockquote');
        expect(quotes).to.have.length(1);
        const said = squash(quotes[0].textContent);
        expect(said).to.contain('clean, effective, democratic and trustworthy');
        expect(said).not.to.contain('Kami akan');
        const caption = quotes[0].closest('figure')!.querySelector('figcaption')!;
        expect(squash(caption.querySelector('cite')!.textContent)).to.equal('Joko Widodo');
        expect(caption.textContent).to.contain('7th President of Indonesia');
        expect(caption.textContent).to.match(/unofficial translation/i);
        const original = caption.querySelector('[lang="id"]')!;
        expect(squash(original.textContent)).to.equal(QUOTE_ID);
      });
  });

  describe('content', () => {
    const facts: Record<string, string[]> = {
      id: [
        'masa depan tata kelola pemerintahan di Indonesia',
        'bahu-membahu',
        'lebih terbuka, lebih partisipatif, dan lebih inovatif',
        'Nawa Cita',
        'dasar visi dan misi pemerintahannya',
        'reformasi sektor publik',
        'target dan prioritas nasional',
        'seluruh lapisan masyarakat',
        'kualitas implementasi kebijakan publik',
        'lebih sesuai dengan kebutuhan masyarakat',
        'tiga wilayah',
        'katalis',
        'Sekretariat Nasional (Seknas) OGI',
        'transparan, akuntabel, dan partisipatoris',
        'staf profesional',
        'Tim Inti OGI',
        'Renaksi',
        'tingkat nasional maupun daerah',
        'pemangku kepentingan',
      ],
      en: [
        'the future of governance in Indonesia',
        'hand in hand',
        'more open, more participatory and more innovative',
        'Nawa Cita',
        'vision and mission',
        'reforming the public sector',
        'national targets and priorities',
        'every part of society',
        'quality of how public policy is carried out',
        'better fit what people need',
        'three areas',
        'catalysts',
        'Seknas OGI',
        'transparent, accountable and participatory',
        'professionals',
        'Tim Inti OGI',
        'Renaksi',
        'national and regional level',
        'stakeholders',
      ],
    };
    for (const lang of ['id', 'en']) {
      it(`states every fact of the source in ${lang}`, async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about lang=${lang}></ogi-about>`);
        const t = text(el);
        for (const fact of facts[lang]) expect(t, fact).to.contain(fact);
      });
    }

    const team: Record<string, string[]> = {
      id: ['Kantor Staf Presiden', 'Kementerian PPN/Bappenas', 'Kementerian Luar Negeri', 'masyarakat sipil'],
      en: [
        'Kantor Staf Presiden',
        'Executive Office of the President',
        'Kementerian PPN/Bappenas',
        'Ministry of National Development Planning/Bappenas',
        'Kementerian Luar Negeri',
        'Ministry of Foreign Affairs',
        'A number of civil society representatives',
      ],
    };
    for (const lang of ['id', 'en']) {
      it(`lists the core team (three institutions and civil society) in ${lang}`, async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about lang=${lang}></ogi-about>`);
        const members = qa(el, 'ul.team > li[part~="item"]').map((li) => squash(li.textContent));
        expect(members).to.have.length(4);
        const all = members.join(' | ');
        for (const name of team[lang]) expect(all, name).to.contain(name);
        expect(members[3]).to.match(/masyarakat sipil|civil society/i);
      });
    }

    it('keeps the Indonesian institution names marked lang="id" in English', async () => {
      const el = await fixture<OgiAbout>(html`<ogi-about lang="en"></ogi-about>`);
      const marked = qa(el, 'ul.team [lang="id"]').map((n) => squash(n.textContent));
      expect(marked).to.deep.equal(['Kantor Staf Presiden', 'Kementerian PPN/Bappenas', 'Kementerian Luar Negeri']);
    });
  });

  describe('innovations', () => {
    // Satu Peta links nowhere: the source names no site for the initiative, and none is plainly its own.
    const sites = ['https://www.lapor.go.id/', 'https://data.go.id/', null];
    for (const lang of ['id', 'en']) {
      it(`shows LAPOR!, Portal Satu Data and Satu Peta as three items, the first two linking to their sites, in ${lang}`, async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about lang=${lang}></ogi-about>`);
        const items = qa(el, 'ul.cards > li[part~="item"]');
        expect(items).to.have.length(3);
        expect(items.map((li) => squash(li.querySelector('.name')!.textContent))).to.satisfy((names: string[]) =>
          ['LAPOR!', 'Portal Satu Data', 'Satu Peta'].every((n, i) => names[i].startsWith(n)),
        );
        items.forEach((li, i) => {
          const links = [...li.querySelectorAll<HTMLAnchorElement>('a')];
          expect(links).to.have.length(sites[i] === null ? 0 : 1);
          if (sites[i] === null) return;
          const a = links[0];
          expect(a.getAttribute('href')).to.equal(sites[i]);
          expect(a.protocol).to.equal('https:');
          expect(a.target).to.equal('_blank');
          expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
          expect(a.getAttribute('part')).to.equal('link');
          expect(a.textContent).to.contain(lang === 'en' ? '(opens in a new tab)' : '(membuka tab baru)');
        });
      });
    }

    it('says what each innovation addresses', async () => {
      const el = await fixture<OgiAbout>(html`<ogi-about lang="en"></ogi-about>`);
      const focus = qa(el, 'ul.cards > li').map((li) => squash(li.textContent));
      expect(focus[0]).to.contain('aspirations and complaints');
      expect(focus[1]).to.contain('Open Data');
      expect(focus[1]).to.contain('Credible data');
      expect(focus[2]).to.contain('One Map');
      expect(focus[2]).to.contain('development planning');
      expect(focus[2]).not.to.contain('Ina-Geoportal');
    });
  });

  describe('properties', () => {
    describe('heading-level', () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`renders the title as h${level} and the sections as h${Math.min(level + 1, 6)}`, async () => {
          const el = await fixture<OgiAbout>(html`<ogi-about heading-level=${level}></ogi-about>`);
          expect(q(el, '#title').localName).to.equal(`h${level}`);
          const subs = qa(el, '[part~="subtitle"]');
          expect(subs).to.have.length(4);
          for (const s of subs) expect(s.localName).to.equal(`h${Math.min(level + 1, 6)}`);
          expect(qa(el, 'h1, h2, h3, h4, h5, h6')).to.have.length(5);
        });
      }

      for (const { type, fixture: render } of fixtures)
        it(`headingLevel 4 gives an h4 title and h5 sections (${type})`, async () => {
          const el = await render<OgiAbout>('ogi-about', { headingLevel: 4 });
          expect(q(el, '#title').localName).to.equal('h4');
          const subs = qa(el, '[part~="subtitle"]');
          expect(subs).to.have.length(4);
          for (const sub of subs) expect(sub.localName).to.equal('h5');
        });

      it('defaults to h2 and h3', async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about></ogi-about>`);
        expect(q(el, '#title').localName).to.equal('h2');
        expect(q(el, '[part~="subtitle"]').localName).to.equal('h3');
      });
    });

    describe('language', () => {
      it('renders English for lang="en" and Indonesian by default, carrying the lang', async () => {
        const en = await fixture<OgiAbout>(html`<ogi-about lang="en"></ogi-about>`);
        expect(q(en, '[part~="base"]').getAttribute('lang')).to.equal('en');
        expect(text(en)).to.contain('Why OGI');
        const id = await fixture<OgiAbout>(html`<ogi-about></ogi-about>`);
        expect(q(id, '[part~="base"]').getAttribute('lang')).to.equal('id');
        expect(text(id)).to.contain('Mengapa OGI');
      });

      it('switches language live when its lang changes', async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about lang="id"></ogi-about>`);
        expect(squash(q(el, 'blockquote').textContent)).to.equal(QUOTE_ID);
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(q(el, '[part~="base"]').getAttribute('lang')).to.equal('en');
        expect(squash(q(el, '#title').textContent)).to.equal('About Open Government Indonesia');
        expect(squash(q(el, 'blockquote').textContent)).not.to.contain('Kami akan');
        expect(text(el)).to.contain('Ministry of Foreign Affairs');
      });

      it("follows a runtime change of an ancestor's lang", async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><ogi-about></ogi-about></div>`);
        const el = wrap.querySelector('ogi-about')!;
        await el.updateComplete;
        expect(text(el)).to.contain('Innovations inspired and encouraged by OGI');
        wrap.setAttribute('lang', 'id');
        await nextFrame();
        await el.updateComplete;
        expect(text(el)).to.contain('Inovasi yang diinspirasi dan didorong OGI');
        expect(q(el, '[part~="base"]').getAttribute('lang')).to.equal('id');
      });
    });
  });

  describe('layout', () => {
    for (const lang of ['id', 'en']) {
      it(`does not scroll sideways at 320px in ${lang}`, async () => {
        const el = await fixture<OgiAbout>(html`<ogi-about lang=${lang} style="width: 320px"></ogi-about>`);
        await nextFrame();
        const base = q(el, '[part~="base"]');
        expect(base.clientWidth).to.be.greaterThan(0);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        for (const node of qa(el, '.cards, .card, .team, .figure, .note')) {
          expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth);
        }
        expect(el.getBoundingClientRect().width).to.equal(320);
      });
    }

    it('lays the innovations out in a responsive grid: one column at 320px, three at 960px', async () => {
      const el = await fixture<OgiAbout>(html`<ogi-about lang="en" style="width: 320px"></ogi-about>`);
      const columns = () => getComputedStyle(q(el, '.cards')).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(1);
      el.style.width = '960px';
      await nextFrame();
      expect(columns()).to.equal(3);
    });

    it('keeps running text to a readable measure', async () => {
      const el = await fixture<OgiAbout>(
        html`<ogi-about lang="en" style="width: 1400px; max-width: none"></ogi-about>`,
      );
      const p = q(el, '.lead');
      const ch = parseFloat(getComputedStyle(p).fontSize);
      // 70ch is about 35–40em in common fonts; the frame itself is 1400px (over 75em) wide.
      expect(p.getBoundingClientRect().width).to.be.below(45 * ch);
    });
  });
});
