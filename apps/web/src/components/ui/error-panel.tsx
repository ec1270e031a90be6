import { Alert, Button } from '@chakra-ui/react';
import { LuRefreshCw } from 'react-icons/lu';

export interface ErrorPanelProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  isRetrying?: boolean;
}

/** Inline panel for a page or section that could not load, with a way to try again. */
export function ErrorPanel({ title = 'This could not be loaded', message, onRetry, isRetrying }: ErrorPanelProps) {
  return (
    <Alert.Root status="error" variant="subtle" borderRadius="md" alignItems="center">
      <Alert.Indicator />
      <Alert.Content>
        <Alert.Title>{title}</Alert.Title>
        <Alert.Description>{message}</Alert.Description>
      </Alert.Content>
      {onRetry && (
        <Button size="sm" variant="outline" onClick={onRetry} loading={isRetrying} flexShrink={0}>
          <LuRefreshCw aria-hidden /> Retry
        </Button>
      )}
    </Alert.Root>
  );
}

/** A form-level message (wrong credentials, rate limits, problems no field can show). */
export function FormAlert({ message, title }: { message: string; title?: string }) {
  return (
    <Alert.Root status="error" variant="subtle" borderRadius="md" role="alert">
      <Alert.Indicator />
      <Alert.Content>
        {title && <Alert.Title>{title}</Alert.Title>}
        <Alert.Description>{message}</Alert.Description>
      </Alert.Content>
    </Alert.Root>
  );
}
