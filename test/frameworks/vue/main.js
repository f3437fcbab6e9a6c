// A Vue 3 page that renders every widget from a template, binds attributes to state and
// listens to ogi-faq-toggle with @ogi-faq-toggle.
import 'ogi-widgets';
import { createApp, ref } from 'vue';

const app = createApp({
  setup() {
    const lang = ref('id');
    const theme = ref('light');
    const log = ref([]);
    const onToggle = (event) => log.value.push(`${event.detail.id}:${event.detail.open}`);
    return { lang, theme, log, onToggle };
  },
  template: `
    <main>
      <button id="to-en" @click="lang = 'en'">English</button>
      <button id="to-dark" @click="theme = 'dark'">Dark</button>
      <output id="log">{{ log.join(',') }}</output>
      <ogi-about :lang="lang" :theme="theme" heading-level="3"></ogi-about>
      <ogi-faq :lang="lang" :theme="theme" heading-level="3" @ogi-faq-toggle="onToggle"></ogi-faq>
      <ogi-ogp-timeline :lang="lang" :theme="theme" heading-level="3"></ogi-ogp-timeline>
      <ogi-contact :lang="lang" :theme="theme" heading-level="3"></ogi-contact>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ogi-');
app.mount('#app');
