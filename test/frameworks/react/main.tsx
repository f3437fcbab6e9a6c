// A React 19 page written as a TypeScript user writes it: it renders every widget, sets
// attributes from state, hands the FAQ its questions as a property and listens to
// ogi-faq-toggle the React 19 way (an `on` + event-name prop on a custom element).
// `npm run check:frameworks` type-checks it (strict) with the package's JSX types.
import type {} from 'ogi-widgets/react';
import 'ogi-widgets';
import type { FaqItem, OgiFaqToggleDetail, Theme } from 'ogi-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const own: FaqItem[] = [{ id: 'own-question', question: 'Our own question?', answer: ['Our own answer.'] }];

function App() {
  const [lang, setLang] = useState('id');
  const [theme, setTheme] = useState<Theme>('light');
  const [log, setLog] = useState<string[]>([]);
  const onToggle = (event: CustomEvent<OgiFaqToggleDetail>) =>
    setLog((entries) => [...entries, `${event.detail.id}:${event.detail.open}`]);
  return (
    <main>
      <button id="to-en" onClick={() => setLang('en')}>
        English
      </button>
      <button id="to-dark" onClick={() => setTheme('dark')}>
        Dark
      </button>
      <output id="log">{log.join(',')}</output>
      <ogi-about lang={lang} theme={theme} heading-level="3"></ogi-about>
      <ogi-faq lang={lang} theme={theme} heading-level="3" onogi-faq-toggle={onToggle}></ogi-faq>
      <ogi-ogp-timeline lang={lang} theme={theme} heading-level="3" orientation="vertical"></ogi-ogp-timeline>
      <ogi-contact lang={lang} theme={theme} heading-level="3"></ogi-contact>
      <ogi-faq id="own" lang={lang} headingLevel={4} items={own}></ogi-faq>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
