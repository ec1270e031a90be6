import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Combobox, createListCollection } from '@chakra-ui/react';
import { HStack, Spinner } from './primitives';

export interface SearchPickerProps<T> {
  /** The current search results. */
  items: readonly T[];
  itemToLabel: (item: T) => string;
  itemToValue: (item: T) => string;
  renderItem?: (item: T) => ReactNode;
  /** The chosen item's value, or null. */
  value: string | null;
  inputValue: string;
  /** Typing in the box: the caller searches with it (debounced on its side). */
  onInputValueChange: (text: string) => void;
  onSelect: (item: T | null) => void;
  onBlur?: () => void;
  isLoading?: boolean;
  placeholder?: string;
  emptyText?: string;
  /** Names the box when no form label does (a toolbar filter). */
  ariaLabel?: string;
  /** Items shown but not choosable (their row should say why). */
  isItemDisabled?: (item: T) => boolean;
  /** The list opens or closes: a picker may wait for the first opening before it searches. */
  onOpenChange?: (open: boolean) => void;
  disabled?: boolean;
  /** Ties the box to a description (a form field's helper text). */
  'aria-describedby'?: string;
}

/**
 * Import this file directly rather than through `@/components/ui`: the index is on the first
 * screen, and the combobox machine is large.
 *
 * A text box that searches on the server and lets the user pick one result. It renders in place,
 * not in a portal, so it works inside dialogs (their focus trap would otherwise block the list).
 */
export function SearchPicker<T>({
  items,
  itemToLabel,
  itemToValue,
  renderItem,
  value,
  inputValue,
  onInputValueChange,
  onSelect,
  onBlur,
  isLoading = false,
  placeholder,
  emptyText = 'No matches',
  ariaLabel,
  isItemDisabled,
  onOpenChange,
  disabled,
  'aria-describedby': ariaDescribedBy,
}: SearchPickerProps<T>) {
  const collection = useMemo(
    () => createListCollection<T>({ items: [...items], itemToString: itemToLabel, itemToValue, isItemDisabled }),
    [items, itemToLabel, itemToValue, isItemDisabled],
  );

  return (
    <Combobox.Root
      collection={collection}
      value={value === null ? [] : [value]}
      inputValue={inputValue}
      onInputValueChange={(details) => onInputValueChange(details.inputValue)}
      onValueChange={(details) => onSelect(details.items[0] ?? null)}
      onOpenChange={onOpenChange ? (details) => onOpenChange(details.open) : undefined}
      openOnClick
      inputBehavior="autohighlight"
      selectionBehavior="replace"
      disabled={disabled}
    >
      <Combobox.Control>
        <Combobox.Input
          placeholder={placeholder}
          onBlur={onBlur}
          aria-label={ariaLabel}
          {...(ariaDescribedBy ? { 'aria-describedby': ariaDescribedBy } : {})}
        />
        <Combobox.IndicatorGroup>
          {isLoading && <Spinner size="xs" aria-label="Searching" />}
          <Combobox.ClearTrigger aria-label="Clear selection" />
          <Combobox.Trigger aria-label="Show options" />
        </Combobox.IndicatorGroup>
      </Combobox.Control>
      <Combobox.Positioner>
        <Combobox.Content>
          {!isLoading && <Combobox.Empty>{emptyText}</Combobox.Empty>}
          {collection.items.map((item) => (
            <Combobox.Item item={item} key={itemToValue(item)}>
              <HStack flex="1" minW="0" gap="2">
                {renderItem ? renderItem(item) : <Combobox.ItemText>{itemToLabel(item)}</Combobox.ItemText>}
              </HStack>
              <Combobox.ItemIndicator />
            </Combobox.Item>
          ))}
        </Combobox.Content>
      </Combobox.Positioner>
    </Combobox.Root>
  );
}

const SEARCH_DELAY_MS = 250;

/**
 * The state of a picker over a server search: what is typed, the search it settles into after a
 * pause, and the chosen item. With an item chosen the box holds its label, and searching for that
 * label would hide everyone else, so the search is empty until the user types; the chosen item
 * stays in the list even when a search does not return it.
 */
export function useSearchPickerState<T extends { id: number }>(chosenAtStart: T | null, initialLabel: string) {
  const [inputValue, setInputValue] = useState(initialLabel);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<T | null>(chosenAtStart);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(inputValue.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [inputValue]);

  const withChosen = useCallback(
    (results: readonly T[]): T[] =>
      chosen && !results.some((item) => item.id === chosen.id) ? [chosen, ...results] : [...results],
    [chosen],
  );

  return {
    inputValue,
    setInputValue,
    search: chosen !== null && search === inputValue.trim() ? '' : search,
    chosen,
    setChosen,
    withChosen,
  };
}
