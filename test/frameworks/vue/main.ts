// The Vue 3 page: the App.vue component, compiled at build time (Vue's runtime-only build).
import 'ogi-widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
