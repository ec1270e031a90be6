import { NotFound } from '@/components/ui';

/** A deal that does not exist, or belongs to another organization (the API answers 404 for both). */
export function DealNotFound() {
  return (
    <NotFound
      title="Deal not found"
      message="It may have been deleted, or the link may be mistyped."
      linkTo="/deals"
      linkLabel="Back to deals"
    />
  );
}
