import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';

/**
 * A dialog whose code (forms, validation) loads the first time it opens, keeping it out of the
 * bundle of the page that offers it. After that it stays mounted, so closing still animates.
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>, isOpen: (props: P) => boolean) {
  // A lazy component takes the props of what it loads; React's types lose that through the generic.
  const LazyComponent = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function LazyDialog(props: P) {
    const open = isOpen(props);
    const [hasOpened, setHasOpened] = useState(open);
    useEffect(() => {
      if (open) setHasOpened(true);
    }, [open]);
    if (!hasOpened && !open) return null;
    return <Suspense fallback={null}>{createElement(LazyComponent, props)}</Suspense>;
  };
}
