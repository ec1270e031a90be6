import { useEffect, useRef, useState } from 'react';
import { LuCheck, LuCopy } from 'react-icons/lu';
import { Button, HStack, Input } from './primitives';

export interface CopyFieldProps {
  value: string;
  /** Names the read-only box for screen readers, e.g. "Invitation link". */
  label: string;
  buttonLabel?: string;
}

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin, an old browser): select the text so Ctrl+C works.
    input?.select();
    return false;
  }
}

/**
 * A value to hand on (a link, a code) in a read-only box with a copy button that confirms. Import
 * this file directly rather than through the index, which is on the first screen.
 */
export function CopyField({ value, label, buttonLabel = 'Copy link' }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isCopied, setIsCopied] = useState(false);

  useEffect(() => {
    if (!isCopied) return undefined;
    const timer = window.setTimeout(() => setIsCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [isCopied]);

  return (
    <HStack gap="2" align="stretch">
      <Input
        ref={inputRef}
        readOnly
        value={value}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
        fontFamily="mono"
        textStyle="sm"
      />
      <Button
        variant="outline"
        flexShrink={0}
        onClick={() => void copyText(value, inputRef.current).then(setIsCopied)}
        aria-live="polite"
      >
        {isCopied ? <LuCheck aria-hidden /> : <LuCopy aria-hidden />}
        {isCopied ? 'Copied' : buttonLabel}
      </Button>
    </HStack>
  );
}
