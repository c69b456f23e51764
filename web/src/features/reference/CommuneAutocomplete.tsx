import { Autocomplete, type AutocompleteProps } from '@/components/Autocomplete';
import { suggest } from './suggestions';

export type CommuneAutocompleteProps = Omit<AutocompleteProps, 'queryKey' | 'loadOptions'>;

/** A French commune by its name; the chosen option's value is its INSEE code ("69266"). */
export function CommuneAutocomplete(props: CommuneAutocompleteProps) {
  return <Autocomplete {...props} queryKey={['autocomplete', 'commune']} loadOptions={(text, signal) => suggest('commune', text, signal)} />;
}
