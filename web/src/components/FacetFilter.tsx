import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FacetChoice {
  value: string;
  /** The value's name for people; the value itself when absent. */
  label?: string | null | undefined;
  count?: number | undefined;
  selected: boolean;
}

/**
 * One filter of a search as a group of checkboxes, each with its count of results ("Île-de-France
 * (12)"); several values of one filter are alternatives, as in the search APIs.
 */
export function FacetFilter({ legend, choices, onToggle }: { legend: string; choices: FacetChoice[]; onToggle: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  if (choices.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul className="facet__choices">
        {choices.map((choice) => (
          <li key={choice.value} className="checkbox">
            <input
              id={`${id}-${choice.value}`}
              type="checkbox"
              checked={choice.selected}
              onChange={() => onToggle(choice.value)}
            />
            <label htmlFor={`${id}-${choice.value}`}>
              {choice.label || choice.value}
              {choice.count !== undefined && <span className="facet__count">{t('search.facetCount', { count: choice.count })}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A facet value as the search APIs send it (every field optional in their documents). */
export interface ApiFacetValue {
  value?: string | undefined;
  label?: string | undefined;
  count?: number | undefined;
  selected?: boolean | undefined;
}

/**
 * The API's facet values as choices, named by `name` when given (else by the API's label). Ticked
 * are the values of the page's URL (`selected`), not the API's flag: a box shows ticked as soon as
 * it is clicked, while the results it asks for are still loading.
 */
export function facetChoices(
  values: readonly ApiFacetValue[] | undefined,
  selected: readonly string[] | undefined,
  name?: (value: string, label: string | undefined) => string | undefined,
): FacetChoice[] {
  const ticked = new Set((selected ?? []).map((value) => value.toUpperCase()));
  return (values ?? [])
    .filter((facet): facet is ApiFacetValue & { value: string } => Boolean(facet.value))
    .map((facet) => ({ value: facet.value, label: name ? name(facet.value, facet.label) : facet.label, count: facet.count ?? 0, selected: ticked.has(facet.value.toUpperCase()) }));
}
