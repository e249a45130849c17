import { createSSRApp } from 'vue';
import * as Pinia from 'pinia';
import App from './App.vue';
import { i18n } from '@/src/locales';
import { installAppContext } from '@/src/app/install';

export function createApp() {
  const app = createSSRApp(App);
  app.use(Pinia.createPinia());
  app.use(i18n);
  installAppContext();
  // uni-app's mp runtime needs Pinia handed back to it to keep stores across pages.
  return { app, Pinia };
}
