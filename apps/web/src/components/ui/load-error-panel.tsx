import { ErrorPanel } from './error-panel';

export interface LoadErrorPanelProps {
  /** The failed query's error (an ApiError: status and the API's message). */
  error: { status: number; message: string };
  /** The viewer's role in the active organization, named when access is refused. */
  roleName: string;
  /** What could not be loaded, e.g. "this customer" or "customers". */
  subject: string;
  onRetry?: () => void;
  isRetrying?: boolean;
}

/** A page or section that failed to load; a refusal says so and names the role instead of offering Retry. */
export function LoadErrorPanel({ error, roleName, subject, onRetry, isRetrying }: LoadErrorPanelProps) {
  if (error.status === 403) {
    return (
      <ErrorPanel
        title="You don't have access to this"
        message={`As ${roleName}, you cannot see ${subject}. ${error.message}`}
      />
    );
  }
  if (error.status === 404) {
    return (
      <ErrorPanel
        title={`Could not find ${subject}`}
        message="It may have been deleted, or the link may be mistyped."
      />
    );
  }
  return (
    <ErrorPanel title={`Could not load ${subject}`} message={error.message} onRetry={onRetry} isRetrying={isRetrying} />
  );
}
