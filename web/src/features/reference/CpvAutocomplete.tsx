import { Autocomplete, type AutocompleteProps } from '@/components/Autocomplete';
import { suggest } from './suggestions';

export type CpvAutocompleteProps = Omit<AutocompleteProps, 'queryKey' | 'loadOptions'>;

/**
 * A CPV code by its French label or its digits ("nettoy", "9091"); the chosen option's value is the
 * code ("90910000"), its label "90910000 — Services de nettoyage".
 */
export function CpvAutocomplete(props: CpvAutocompleteProps) {
  return <Autocomplete {...props} queryKey={['autocomplete', 'cpv']} loadOptions={(text, signal) => suggest('cpv', text, signal)} />;
}
