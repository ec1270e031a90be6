import { RouterLink } from '@/components/ui';
import { AuthLayout } from '../components/auth-layout';
import { ForgotPasswordForm } from '../components/forgot-password-form';

/** `/forgot-password`: emails a single-use link to `/reset-password/<token>`. */
export default function ForgotPasswordPage() {
  return (
    <AuthLayout
      title="Forgot your password?"
      subtitle="We will email you a link to set a new one. It works once, within the hour."
      footer={
        <>
          Remembered it? <RouterLink to="/login">Log in</RouterLink>
        </>
      }
    >
      <ForgotPasswordForm />
    </AuthLayout>
  );
}
