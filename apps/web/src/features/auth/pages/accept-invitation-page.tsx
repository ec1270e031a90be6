import { useNavigate, useParams } from 'react-router';
import { ErrorPanel, RouterLink, Separator, Skeleton, Stack, Text, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { roleLabel } from '@/lib/roles';
import { useInvitationPreview } from '../api/get-invitation-preview';
import { useSignedInUser } from '../api/get-signed-in-user';
import { AcceptInvitationActions } from '../components/accept-invitation-actions';
import { AuthLayout } from '../components/auth-layout';
import { InvitationSummary } from '../components/invitation-summary';
import { acceptInvitationMode } from '../lib/accept-invitation-mode';

function LoadingInvitation() {
  return (
    <AuthLayout title="Invitation">
      <Stack gap="3" aria-busy="true" aria-label="Loading the invitation">
        <Skeleton height="5" />
        <Skeleton height="5" />
        <Skeleton height="10" />
      </Stack>
    </AuthLayout>
  );
}

/** `/accept-invitation/:token`, the link of an invitation email; public, signed in or not. */
export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const viewer = useSignedInUser();

  if (preview.isPending || viewer.isPending) return <LoadingInvitation />;
  if (preview.isError || viewer.isError) {
    const error = toApiError(preview.error ?? viewer.error);
    const isGone = error.status === 404;
    return (
      <AuthLayout
        title={isGone ? 'This invitation cannot be used' : 'Invitation'}
        footer={
          <>
            Go to <RouterLink to="/login">Log in</RouterLink>
          </>
        }
      >
        <ErrorPanel
          title={isGone ? 'Invalid or expired invitation' : 'The invitation could not be loaded'}
          message={isGone ? `${error.message} Ask the person who invited you for a new link.` : error.message}
          onRetry={isGone ? undefined : () => void Promise.all([preview.refetch(), viewer.refetch()])}
        />
      </AuthLayout>
    );
  }

  const invitation = preview.data;
  const mode = acceptInvitationMode(invitation, viewer.data?.email ?? null);
  const onAccepted = () => {
    notifySuccess('Welcome aboard', `You joined ${invitation.organization.name} as ${roleLabel(invitation.role)}.`);
    void navigate('/', { replace: true });
  };

  return (
    <AuthLayout
      title={`Join ${invitation.organization.name}`}
      subtitle={`You are invited as ${roleLabel(invitation.role)}.`}
    >
      <Stack gap="5">
        <InvitationSummary invitation={invitation} />
        <Separator />
        <AcceptInvitationActions
          mode={mode}
          token={token}
          invitation={invitation}
          viewer={viewer.data}
          onAccepted={onAccepted}
        />
        {mode !== 'create-account' && (
          <Text textStyle="xs" color="fg.muted">
            Not expecting this? You can ignore the invitation; it expires on its own.
          </Text>
        )}
      </Stack>
    </AuthLayout>
  );
}
