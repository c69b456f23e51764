import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './fr.json';

// One messages file per language; French is the only one today. Keys are grouped by feature
// (app, common, problem, format, then one block per feature folder).
export const resources = { fr: { translation: fr } } as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'fr',
  fallbackLng: 'fr',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export default i18n;
