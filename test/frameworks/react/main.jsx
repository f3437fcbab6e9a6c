// A React 19 page that renders every widget, sets attributes from state and listens to
// ogi-faq-toggle the React 19 way (an `on` + event-name prop on a custom element).
import 'ogi-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [lang, setLang] = useState('id');
  const [theme, setTheme] = useState('light');
  const [log, setLog] = useState([]);
  const onToggle = (event) => setLog((entries) => [...entries, `${event.detail.id}:${event.detail.open}`]);
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
      <ogi-ogp-timeline lang={lang} theme={theme} heading-level="3"></ogi-ogp-timeline>
      <ogi-contact lang={lang} theme={theme} heading-level="3"></ogi-contact>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
