import { PageHeader, Stack } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { AccountIdentityForm } from '../components/account-identity-form';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileDetailsForm } from '../components/profile-details-form';

/** `/profile`: the signed-in user's own details, sign-in names and password, the same in every organization. */
export default function ProfilePage() {
  const { user } = useSession();
  return (
    <Stack gap="6" maxW="4xl">
      <PageHeader title="Profile" description="Your account, the same in every organization you belong to." />
      <ProfileDetailsForm user={user} />
      <AccountIdentityForm user={user} />
      <ChangePasswordForm />
    </Stack>
  );
}
