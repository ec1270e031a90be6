import { toApiError } from '@/lib/api-error';
import { useOptionalSession } from '@/lib/auth/session';
import { roleLabel } from '@/lib/roles';
import { ErrorPanel } from './error-panel';

/** The viewer's role as a word ("Employee"), for messages that explain a refusal. */
function useRoleName(): string {
  const session = useOptionalSession();
  return session ? roleLabel(session.role) : 'your role';
}

export interface LoadErrorPanelProps {
  /** The failed query's error (mapped to the API's status and message). */
  error: unknown;
  /** What could not be loaded, e.g. "this customer" or "customers". */
  subject: string;
  onRetry?: () => void;
  isRetrying?: boolean;
}

/** A page or section that failed to load; a refusal says so and names the role instead of offering Retry. */
export function LoadErrorPanel({ error, subject, onRetry, isRetrying }: LoadErrorPanelProps) {
  const roleName = useRoleName();
  const apiError = toApiError(error);
  if (apiError.status === 403) {
    return (
      <ErrorPanel
        title="You don't have access to this"
        message={`As ${roleName}, you cannot see ${subject}. ${apiError.message}`}
      />
    );
  }
  if (apiError.status === 404) {
    return (
      <ErrorPanel
        title={`Could not find ${subject}`}
        message="It may have been deleted, or the link may be mistyped."
      />
    );
  }
  return (
    <ErrorPanel
      title={`Could not load ${subject}`}
      message={apiError.message}
      onRetry={onRetry}
      isRetrying={isRetrying}
    />
  );
}

/** A page the viewer's role may not use: says so, naming the role (UX: feedback). */
export function NoAccessPanel({ message }: { message: (roleName: string) => string }) {
  const roleName = useRoleName();
  return <ErrorPanel title="You don't have access to this" message={message(roleName)} />;
}
