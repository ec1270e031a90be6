import { useState } from 'react';
import type { InvitationPreview, User } from '@crm/contracts';
import { Alert, Button, FormAlert, RouterLink, Stack, Text } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useSignOutHere } from '../api/sign-out-here';
import { acceptInvitationPath, loginPathReturningTo, type AcceptInvitationMode } from '../lib/accept-invitation-mode';
import { AcceptInvitationSignupForm } from './accept-invitation-signup-form';

interface AcceptInvitationActionsProps {
  mode: AcceptInvitationMode;
  token: string;
  invitation: InvitationPreview;
  viewer: User | null;
  onAccepted: () => void;
}

function AcceptAsViewer({ token, viewer, onAccepted }: { token: string; viewer: User; onAccepted: () => void }) {
  const accept = useAcceptInvitation();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="4">
      {error && <FormAlert message={error} />}
      <Text color="fg.muted">
        Signed in as {viewer.full_name} ({viewer.email}).
      </Text>
      <Button
        colorPalette="brand"
        loading={accept.isPending}
        loadingText="Joining…"
        onClick={() => {
          setError(null);
          accept.mutate(
            { token },
            { onSuccess: onAccepted, onError: (failure) => setError(toApiError(failure).message) },
          );
        }}
      >
        Accept invitation
      </Button>
    </Stack>
  );
}

function SignOutFirst({ invitation, viewer }: { invitation: InvitationPreview; viewer: User }) {
  const signOut = useSignOutHere();
  return (
    <Stack gap="4">
      <Alert.Root status="warning" variant="subtle" borderRadius="md">
        <Alert.Indicator />
        <Alert.Description>
          You are signed in as {viewer.email}, but this invitation is for {invitation.email}. Sign out, then sign in or
          create the account for {invitation.email}.
        </Alert.Description>
      </Alert.Root>
      <Button variant="outline" loading={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </Button>
    </Stack>
  );
}

/** The part of the accept page that depends on who is signed in. */
export function AcceptInvitationActions({ mode, token, invitation, viewer, onAccepted }: AcceptInvitationActionsProps) {
  const loginHref = loginPathReturningTo(acceptInvitationPath(token));
  if (mode === 'accept' && viewer) return <AcceptAsViewer token={token} viewer={viewer} onAccepted={onAccepted} />;
  if (mode === 'wrong-account' && viewer) return <SignOutFirst invitation={invitation} viewer={viewer} />;
  if (mode === 'sign-in') {
    return (
      <Stack gap="3">
        <Text>{invitation.email} already has an account. Log in with it to accept the invitation.</Text>
        <Button asChild colorPalette="brand">
          <RouterLink to={loginHref} color="brand.contrast" textDecoration="none">
            Log in to accept
          </RouterLink>
        </Button>
        <Text textStyle="sm" textAlign="center">
          <RouterLink to="/forgot-password">Forgot your password?</RouterLink>
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="4">
      <Text>Create your account to join.</Text>
      <AcceptInvitationSignupForm token={token} email={invitation.email} onAccepted={onAccepted} />
      <Text textStyle="sm" textAlign="center" color="fg.muted">
        Already have an account? <RouterLink to={loginHref}>Log in</RouterLink>
      </Text>
    </Stack>
  );
}
