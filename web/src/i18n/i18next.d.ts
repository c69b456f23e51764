import 'i18next';
import type fr from './fr.json';

// Typed keys: t('app.nav.tendres') is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
