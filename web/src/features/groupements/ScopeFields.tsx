import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import type { TargetLot } from './model';
import { SharesMeter } from './SharesMeter';
import { parseShareHundredths, sumShares } from './shares';

export interface Scope {
  lots: number[];
  work: string;
  share: string;
}

export interface ScopeErrors {
  lots?: string | undefined;
  work?: string | undefined;
  share?: string | undefined;
}

/**
 * Which lots a member performs, its work and its share of the value, with the groupement's total
 * recomputed as the share is typed (`otherShares`: the shares of the other members concerned).
 */
export function ScopeFields({
  lots,
  value,
  onChange,
  otherShares,
  errors = {},
  lotsLegend,
}: {
  lots: readonly TargetLot[];
  value: Scope;
  onChange: (scope: Scope) => void;
  otherShares: readonly (number | string | null | undefined)[];
  errors?: ScopeErrors;
  lotsLegend: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shareInvalid = Number.isNaN(parseShareHundredths(value.share) ?? 0);
  const toggle = (lot: number, checked: boolean) =>
    onChange({ ...value, lots: checked ? [...value.lots, lot].sort((a, b) => a - b) : value.lots.filter((l) => l !== lot) });
  return (
    <>
      <fieldset className={errors.lots ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errors.lots ? `${id}-lots-error` : undefined}>
        <legend>{lotsLegend}</legend>
        {lots.map((lot) => (
          <div className="checkbox" key={lot.number}>
            <input
              id={`${id}-lot-${lot.number}`}
              type="checkbox"
              checked={value.lots.includes(lot.number)}
              onChange={(event) => toggle(lot.number, event.target.checked)}
            />
            <label htmlFor={`${id}-lot-${lot.number}`}>{t('groupements.lots.lot', { number: lot.number, title: lot.title ?? '' })}</label>
          </div>
        ))}
        {errors.lots && (
          <p id={`${id}-lots-error`} className="field__error">
            {errors.lots}
          </p>
        )}
      </fieldset>
      <TextArea
        label={t('groupements.scope.work')}
        hint={t('groupements.scope.workHint')}
        maxLength={2000}
        rows={3}
        value={value.work}
        onChange={(event) => onChange({ ...value, work: event.target.value })}
        error={errors.work}
      />
      <TextField
        label={t('groupements.scope.share')}
        hint={t('groupements.scope.shareHint')}
        inputMode="decimal"
        autoComplete="off"
        value={value.share}
        onChange={(event) => onChange({ ...value, share: event.target.value })}
        error={errors.share ?? (shareInvalid ? t('groupements.scope.shareInvalid') : undefined)}
      />
      <SharesMeter shares={sumShares([...otherShares, value.share])} />
    </>
  );
}
