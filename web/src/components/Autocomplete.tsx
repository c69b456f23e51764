import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './Autocomplete.css';

export interface AutocompleteOption {
  /** What the form keeps: an INSEE code, a CPV code, an id. */
  value: string;
  /** What the user reads and the field shows once chosen. */
  label: string;
}

export interface AutocompleteProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  id?: string | undefined;
  name?: string | undefined;
  placeholder?: string | undefined;
  /** The text in the field (controlled). */
  inputValue: string;
  onInputChange: (text: string) => void;
  /** A suggestion was chosen (click, tap or Enter). */
  onSelect: (option: AutocompleteOption) => void;
  /** Cache key of the suggestions' source (e.g. ['autocomplete', 'commune']). */
  queryKey: readonly unknown[];
  /** Suggestions for what was typed; `signal` cancels a call overtaken by more typing. */
  loadOptions: (text: string, signal: AbortSignal) => Promise<AutocompleteOption[]>;
  /** Letters typed before asking (2). */
  minLength?: number;
  /** Pause in typing before asking, in ms (250). */
  debounceMs?: number;
}

/** `value` once the user has stopped changing it for `delay` ms. */
function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * A text field with suggestions, after the WAI-ARIA combobox pattern (list autocomplete): arrows
 * move through the suggestions, Enter chooses, Escape closes; the active suggestion is announced
 * through aria-activedescendant and the number of suggestions in a polite live region.
 */
export function Autocomplete({
  label,
  hint,
  error,
  required,
  id: givenId,
  name,
  placeholder,
  inputValue,
  onInputChange,
  onSelect,
  queryKey,
  loadOptions,
  minLength = 2,
  debounceMs = 250,
}: AutocompleteProps) {
  const { t } = useTranslation();
  const generated = useId();
  const id = givenId ?? generated;
  const listId = `${id}-listbox`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  const text = useDebounced(inputValue.trim(), debounceMs);
  const enabled = open && text.length >= minLength;
  const suggestions = useQuery({
    queryKey: [...queryKey, text],
    queryFn: ({ signal }) => loadOptions(text, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
  const options = enabled ? (suggestions.data ?? []) : [];
  const expanded = open && options.length > 0;

  useEffect(() => setActive(-1), [text]);

  const choose = (option: AutocompleteOption) => {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (options.length > 0) setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (options.length > 0) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        if (option) {
          event.preventDefault(); // choosing is not submitting the form around
          choose(option);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
      default:
    }
  };

  let status = '';
  if (enabled && suggestions.isFetching && options.length === 0) status = t('autocomplete.searching');
  else if (enabled && suggestions.isError) status = t('autocomplete.failed');
  else if (enabled && suggestions.isSuccess) status = t('autocomplete.count', { count: options.length });

  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid autocomplete' : 'field autocomplete'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="autocomplete__anchor">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="text"
          role="combobox"
          className="field__control"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          required={required}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={inputValue}
          onChange={(event) => {
            onInputChange(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={label} className="autocomplete__list" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={`${option.value}-${index}`}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'autocomplete__option autocomplete__option--active' : 'autocomplete__option'}
              // Keep the focus in the field: a blur first would close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
