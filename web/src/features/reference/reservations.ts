import i18n from '@/i18n';

/** The reservations of a lot (code de la commande publique), in the API's words. */
export const RESERVATIONS = ['DISABILITY', 'INSERTION', 'BOTH', 'ESS'] as const;
export type ReservedFor = (typeof RESERVATIONS)[number];

/** The article that allows each reservation. */
export const RESERVATION_ARTICLES: Record<ReservedFor, string> = {
  DISABILITY: 'L2113-12',
  INSERTION: 'L2113-13',
  BOTH: 'L2113-14',
  ESS: 'L2113-15',
};

export function isReserved(reservation: string | null | undefined): reservation is ReservedFor {
  return (RESERVATIONS as readonly string[]).includes(reservation ?? '');
}

/** "Réservé au secteur du handicap (article L2113-12)". */
export function reservationLabel(reservation: ReservedFor): string {
  return i18n.t('reference.reservations.label', {
    who: i18n.t(`reference.reservations.${reservation}.short`),
    article: RESERVATION_ARTICLES[reservation],
  });
}

/** One French sentence saying who may bid for the lot. */
export function reservationMeaning(reservation: ReservedFor): string {
  return i18n.t(`reference.reservations.${reservation}.meaning`);
}
