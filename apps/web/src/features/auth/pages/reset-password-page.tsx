import { useNavigate, useParams } from 'react-router';
import { RouterLink } from '@/components/ui';
import { AuthLayout } from '../components/auth-layout';
import { ResetPasswordForm } from '../components/reset-password-form';
import type { LoginNotice } from '../lib/login-notice';

/** `/reset-password/:token`, the link of the reset email; success leads to the login page with a note. */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Set a new password"
      subtitle="Every session of your account ends: sign in again with the new password."
      footer={
        <>
          Back to <RouterLink to="/login">Log in</RouterLink>
        </>
      }
    >
      <ResetPasswordForm
        token={token}
        onDone={(message) =>
          void navigate('/login', { replace: true, state: { notice: message } satisfies LoginNotice })
        }
      />
    </AuthLayout>
  );
}
