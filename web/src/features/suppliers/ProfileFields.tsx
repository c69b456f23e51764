import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/Checkbox';
import { Select } from '@/components/Select';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import type { ApiError } from '@/api/problem';
import type { SupplierProfile } from './api';
import { CommuneAutocomplete } from '@/features/reference/CommuneAutocomplete';
import { kindName, SUPPLIER_KINDS, type SupplierKindCode } from '@/features/reference/kinds';
import { SCALES } from './labels';

type Contact = NonNullable<SupplierProfile['contacts']>[number];

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.replace(',', '.'));
}

/**
 * The profile fields a member sets (supplier-service's SupplierProfileRequest): identity, kinds,
 * place, description, figures and the main contact. Errors of the API are shown next to their field.
 */
export function ProfileFields({
  profile,
  onChange,
  error,
}: {
  profile: SupplierProfile;
  onChange: (profile: SupplierProfile) => void;
  error: ApiError | undefined;
}) {
  const { t } = useTranslation();
  const [communeText, setCommuneText] = useState(profile.location?.communeName ?? '');
  const set = (change: Partial<SupplierProfile>) => onChange({ ...profile, ...change });
  const location = profile.location ?? {};
  const kinds = new Set<string>(profile.kinds ?? []);
  const contact: Contact = profile.contacts?.[0] ?? {};
  const setContact = (change: Partial<Contact>) =>
    set({ contacts: [{ ...contact, ...change }, ...(profile.contacts ?? []).slice(1)] });
  const fieldError = (field: string) => error?.fieldError(field);

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('suppliers.form.identity')}</legend>
        <TextField
          label={t('suppliers.fields.legalName')}
          required
          maxLength={200}
          autoComplete="organization"
          value={profile.legalName ?? ''}
          error={fieldError('legalName')}
          onChange={(event) => set({ legalName: event.target.value })}
        />
        <TextField
          label={t('suppliers.fields.brand')}
          maxLength={200}
          value={profile.brand ?? ''}
          onChange={(event) => set({ brand: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.fields.legalForm')}
          maxLength={100}
          value={profile.legalForm ?? ''}
          onChange={(event) => set({ legalForm: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.fields.naf')}
          hint={t('suppliers.form.nafHint')}
          maxLength={10}
          value={profile.naf ?? ''}
          error={fieldError('naf')}
          onChange={(event) => set({ naf: event.target.value || undefined })}
        />
        <Select
          label={t('suppliers.fields.scale')}
          placeholder={t('suppliers.form.notSaid')}
          options={SCALES.map((scale) => ({ value: scale, label: t(`suppliers.scale.${scale}`) }))}
          value={profile.scale ?? ''}
          onChange={(event) => set({ scale: (event.target.value || undefined) as SupplierProfile['scale'] })}
        />
      </fieldset>

      <fieldset className="form-section" aria-describedby={fieldError('kinds') ? 'kinds-error' : undefined}>
        <legend>
          {t('suppliers.fields.kinds')} ({t('common.required')})
        </legend>
        {SUPPLIER_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={kindName(kind)}
            checked={kinds.has(kind)}
            onChange={(event) => {
              const next = new Set(kinds);
              if (event.target.checked) next.add(kind);
              else next.delete(kind);
              set({ kinds: [...next] as SupplierKindCode[] });
            }}
          />
        ))}
        {fieldError('kinds') && (
          <p id="kinds-error" className="field__error">
            {fieldError('kinds')}
          </p>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('suppliers.form.place')}</legend>
        <TextField
          label={t('suppliers.fields.address')}
          autoComplete="street-address"
          value={location.address ?? ''}
          onChange={(event) => set({ location: { ...location, address: event.target.value || undefined } })}
        />
        <TextField
          label={t('suppliers.fields.postcode')}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={5}
          value={location.postcode ?? ''}
          onChange={(event) => set({ location: { ...location, postcode: event.target.value || undefined } })}
        />
        <CommuneAutocomplete
          required
          label={t('suppliers.form.communeSearch')}
          hint={
            location.communeCode
              ? t('suppliers.form.communeChosen', { name: location.communeName ?? '', code: location.communeCode })
              : t('suppliers.form.communeHint')
          }
          error={fieldError('location.communeCode') ?? fieldError('location')}
          inputValue={communeText}
          onInputChange={setCommuneText}
          onSelect={(picked) => {
            setCommuneText(picked.label);
            // The service fills the department, region and coordinates from the commune.
            set({ location: { address: location.address, postcode: location.postcode, communeCode: picked.value, communeName: picked.label } });
          }}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('suppliers.form.about')}</legend>
        <TextArea
          label={t('suppliers.fields.description')}
          maxLength={10000}
          rows={6}
          value={profile.description ?? ''}
          onChange={(event) => set({ description: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.fields.insertionHeadcount')}
          type="number"
          min={0}
          inputMode="numeric"
          value={profile.insertionHeadcount ?? ''}
          error={fieldError('insertionHeadcount')}
          onChange={(event) => set({ insertionHeadcount: numberOrUndefined(event.target.value) })}
        />
        <TextField
          label={t('suppliers.fields.permanentHeadcount')}
          type="number"
          min={0}
          inputMode="numeric"
          value={profile.permanentHeadcount ?? ''}
          error={fieldError('permanentHeadcount')}
          onChange={(event) => set({ permanentHeadcount: numberOrUndefined(event.target.value) })}
        />
        <TextField
          label={t('suppliers.fields.turnover')}
          type="number"
          min={0}
          step="0.01"
          inputMode="decimal"
          value={profile.turnover ?? ''}
          error={fieldError('turnover')}
          onChange={(event) => set({ turnover: numberOrUndefined(event.target.value) })}
        />
        <TextField
          label={t('suppliers.fields.maxContractValue')}
          type="number"
          min={0}
          step="0.01"
          inputMode="decimal"
          value={profile.maxContractValue ?? ''}
          error={fieldError('maxContractValue')}
          onChange={(event) => set({ maxContractValue: numberOrUndefined(event.target.value) })}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('suppliers.form.contact')}</legend>
        <TextField
          label={t('suppliers.form.contactName')}
          autoComplete="name"
          value={contact.name ?? ''}
          onChange={(event) => setContact({ name: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.form.contactRole')}
          autoComplete="organization-title"
          value={contact.role ?? ''}
          onChange={(event) => setContact({ role: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.form.contactEmail')}
          type="email"
          autoComplete="email"
          value={contact.email ?? ''}
          error={fieldError('contacts[0].email')}
          onChange={(event) => setContact({ email: event.target.value || undefined })}
        />
        <TextField
          label={t('suppliers.form.contactPhone')}
          type="tel"
          autoComplete="tel"
          value={contact.phone ?? ''}
          onChange={(event) => setContact({ phone: event.target.value || undefined })}
        />
      </fieldset>
    </>
  );
}
