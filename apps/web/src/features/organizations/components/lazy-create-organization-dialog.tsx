import { lazy, Suspense, useEffect, useState } from 'react';

// The form stack (react-hook-form, resolvers) stays out of the first screen's bundle until asked for.
const CreateOrganizationDialog = lazy(() =>
  import('./create-organization-dialog').then((module) => ({ default: module.CreateOrganizationDialog })),
);

interface LazyCreateOrganizationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function LazyCreateOrganizationDialog({ open, onOpenChange }: LazyCreateOrganizationDialogProps) {
  const [hasOpened, setHasOpened] = useState(open);
  useEffect(() => {
    if (open) setHasOpened(true);
  }, [open]);
  if (!hasOpened && !open) return null;
  return (
    <Suspense fallback={null}>
      <CreateOrganizationDialog open={open} onOpenChange={onOpenChange} />
    </Suspense>
  );
}
