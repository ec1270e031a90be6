import { useEffect, useRef, useState } from 'react';
import { LuSearch } from 'react-icons/lu';
import { Input, InputGroup } from './primitives';

export interface SearchInputProps {
  /** The committed search (usually from the URL). */
  value: string;
  /** Called once typing pauses, not on every key. */
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
  delayMs?: number;
  width?: string | Record<string, string>;
}

/** A search box that waits for the user to stop typing before searching. */
export function SearchInput({ value, onChange, label, placeholder, delayMs = 300, width = 'full' }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const committedRef = useRef(value);

  // A new value from outside (back button, a link) replaces what is typed.
  useEffect(() => {
    committedRef.current = value;
    setDraft(value);
  }, [value]);

  useEffect(() => {
    if (draft === committedRef.current) return undefined;
    const timer = window.setTimeout(() => {
      committedRef.current = draft;
      onChangeRef.current(draft);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, delayMs]);

  return (
    <InputGroup startElement={<LuSearch aria-hidden />} width={width}>
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
    </InputGroup>
  );
}
