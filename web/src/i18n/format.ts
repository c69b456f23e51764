import i18n from './index';

// Every date is shown in Paris time whatever the browser's zone: deadlines are French legal times.
const TIME_ZONE = 'Europe/Paris';
const LOCALE = 'fr-FR';

const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' });
const integer = new Intl.NumberFormat(LOCALE);
const date = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: TIME_ZONE });
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });

/** An amount in euros; the API sends decimals as numbers or strings ("12500.00"). */
export function formatMoney(amount: number | string): string {
  return money.format(typeof amount === 'string' ? Number(amount) : amount);
}

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** "7 décembre 2026" from an ISO-8601 instant or date. */
export function formatDate(iso: string | Date): string {
  return date.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** "7 décembre 2026 à 12:00" (Paris time). */
export function formatDateTime(iso: string | Date): string {
  return dateTime.format(typeof iso === 'string' ? new Date(iso) : iso);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 jours restants", "5 heures restantes", "Échéance dépassée" — the largest whole unit left. */
export function formatTimeLeft(deadline: string | Date, now: Date = new Date()): string {
  const left = (typeof deadline === 'string' ? new Date(deadline) : deadline).getTime() - now.getTime();
  if (left <= 0) return i18n.t('format.timeLeft.past');
  if (left >= DAY) return i18n.t('format.timeLeft.days', { count: Math.floor(left / DAY) });
  if (left >= HOUR) return i18n.t('format.timeLeft.hours', { count: Math.floor(left / HOUR) });
  return i18n.t('format.timeLeft.minutes', { count: Math.max(1, Math.floor(left / MINUTE)) });
}
