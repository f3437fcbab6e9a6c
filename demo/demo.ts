const widgets = () => document.querySelectorAll<HTMLElement>('ogi-contact, ogi-about, ogi-faq, ogi-ogp-timeline');
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

lang.addEventListener('change', () => document.documentElement.setAttribute('lang', lang.value));
theme.addEventListener('change', () => widgets().forEach((w) => w.setAttribute('theme', theme.value)));
