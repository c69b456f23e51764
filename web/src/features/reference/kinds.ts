import i18n from '@/i18n';

/** Supplier kinds as the API spells them, in the order people think of them (SIAE, disability, ESS). */
export const SUPPLIER_KINDS = ['EI', 'AI', 'ACI', 'ETTI', 'EITI', 'GEIQ', 'EA', 'EATT', 'ESAT', 'SEP', 'ESUS', 'SCOP', 'SCIC', 'ASSOCIATION', 'OTHER_ESS'] as const;
export type SupplierKindCode = (typeof SUPPLIER_KINDS)[number];

function isKind(code: string): code is SupplierKindCode {
  return (SUPPLIER_KINDS as readonly string[]).includes(code);
}

/** "Entreprise d'insertion" for EI; an unknown code as it came. */
export function kindName(code: string): string {
  return isKind(code) ? i18n.t(`reference.kinds.${code}.name`) : code;
}

/** What the kind of structure is and does, in one French sentence. */
export function kindMeaning(code: string): string | undefined {
  return isKind(code) ? i18n.t(`reference.kinds.${code}.meaning`) : undefined;
}
