import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { Checkbox } from '@/components/Checkbox';
import { TextField } from '@/components/TextField';
import type { ApiError } from '@/api/problem';
import type { SupplierProfile } from './api';
import { MAX_RADIUS_KM, RANGE_KINDS, SERVICE_TYPES, splitCodes } from './labels';
import { CpvAutocomplete } from '@/features/reference/CpvAutocomplete';

type Activity = NonNullable<SupplierProfile['activities']>[number];
type RangeKind = (typeof RANGE_KINDS)[number];
type ServiceType = (typeof SERVICE_TYPES)[number];

function newActivity(): Activity {
  return { cpvCodes: [], serviceTypes: [], range: { kind: 'COUNTRY' } } as Activity;
}

/** What the structure does (CPV codes, kinds of contract) and where (country, zones, radius), activity by activity. */
export function ActivitiesEditor({
  activities,
  onChange,
  error,
}: {
  activities: Activity[];
  onChange: (activities: Activity[]) => void;
  error: ApiError | undefined;
}) {
  const { t } = useTranslation();
  // What is typed in each activity's CPV field, until a code is chosen.
  const [cpvText, setCpvText] = useState<Record<number, string>>({});
  const update = (index: number, change: Partial<Activity>) =>
    onChange(activities.map((activity, i) => (i === index ? { ...activity, ...change } : activity)));
  const fieldError = (field: string) => error?.fieldError(field);

  return (
    <fieldset className="form-section">
      <legend>{t('suppliers.activities.title')}</legend>
      <p className="field__hint">{t('suppliers.activities.hint')}</p>
      {activities.map((activity, index) => {
        const number = index + 1;
        const path = `activities[${index}]`;
        const range = activity.range ?? { kind: 'COUNTRY' };
        const serviceTypes = new Set<string>(activity.serviceTypes ?? []);
        return (
          <fieldset key={index} className="form-section">
            <legend>{t('suppliers.activities.activity', { number })}</legend>
            <CpvAutocomplete
              label={t('suppliers.activities.cpvSearch', { number })}
              hint={t('suppliers.activities.cpvHint')}
              error={fieldError(`${path}.cpvCodes`) ?? fieldError(`${path}.cpvCodes[0]`)}
              inputValue={cpvText[index] ?? ''}
              onInputChange={(text) => setCpvText({ ...cpvText, [index]: text })}
              onSelect={(picked) => {
                const codes = activity.cpvCodes ?? [];
                if (!codes.includes(picked.value)) update(index, { cpvCodes: [...codes, picked.value] });
                setCpvText({ ...cpvText, [index]: '' });
              }}
            />
            <ul className="chips" aria-label={t('suppliers.activities.cpvChosen', { number })}>
              {(activity.cpvCodes ?? []).map((code) => (
                <li key={code}>
                  {code}
                  <Button
                    variant="link"
                    aria-label={t('suppliers.activities.cpvRemove', { code })}
                    onClick={() => update(index, { cpvCodes: (activity.cpvCodes ?? []).filter((c) => c !== code) })}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
            <fieldset className="form-section">
              <legend>{t('suppliers.activities.serviceTypes')}</legend>
              {SERVICE_TYPES.map((type) => (
                <Checkbox
                  key={type}
                  label={t(`suppliers.serviceType.${type}`)}
                  checked={serviceTypes.has(type)}
                  onChange={(event) => {
                    const next = new Set(serviceTypes);
                    if (event.target.checked) next.add(type);
                    else next.delete(type);
                    update(index, { serviceTypes: [...next] as ServiceType[] });
                  }}
                />
              ))}
            </fieldset>
            <fieldset className="form-section">
              <legend>{t('suppliers.activities.range')}</legend>
              {RANGE_KINDS.map((kind) => (
                <div className="checkbox" key={kind}>
                  <input
                    type="radio"
                    id={`range-${index}-${kind}`}
                    name={`range-${index}`}
                    checked={range.kind === kind}
                    onChange={() => update(index, { range: { ...range, kind: kind as RangeKind } })}
                  />
                  <label htmlFor={`range-${index}-${kind}`}>{t(`suppliers.rangeKind.${kind}`)}</label>
                </div>
              ))}
              {range.kind === 'RADIUS' && (
                <TextField
                  label={t('suppliers.activities.radiusKm')}
                  hint={t('suppliers.activities.radiusHint', { max: MAX_RADIUS_KM })}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_RADIUS_KM}
                  required
                  value={range.radiusKm ?? ''}
                  error={fieldError(`${path}.range.radiusKm`)}
                  onChange={(event) =>
                    update(index, { range: { ...range, radiusKm: event.target.value === '' ? undefined : Number(event.target.value) } })
                  }
                />
              )}
              {range.kind === 'ZONES' && (
                <>
                  <TextField
                    label={t('suppliers.activities.departments')}
                    hint={t('suppliers.activities.departmentsHint')}
                    defaultValue={(range.departments ?? []).join(', ')}
                    error={fieldError(`${path}.range.departments`) ?? fieldError(`${path}.range.departments[0]`)}
                    onChange={(event) => update(index, { range: { ...range, departments: splitCodes(event.target.value) } })}
                  />
                  <TextField
                    label={t('suppliers.activities.regions')}
                    hint={t('suppliers.activities.regionsHint')}
                    defaultValue={(range.regions ?? []).join(', ')}
                    error={fieldError(`${path}.range.regions[0]`)}
                    onChange={(event) => update(index, { range: { ...range, regions: splitCodes(event.target.value) } })}
                  />
                </>
              )}
            </fieldset>
            <Button variant="secondary" onClick={() => onChange(activities.filter((_, i) => i !== index))}>
              {t('suppliers.activities.remove', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...activities, newActivity()])}>
        {t('suppliers.activities.add')}
      </Button>
    </fieldset>
  );
}
