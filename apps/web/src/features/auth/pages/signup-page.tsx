import { useNavigate, useSearchParams } from 'react-router';
import { RouterLink } from '@/components/ui';
import { safeNextPath } from '@/lib/auth/next-path';
import { AuthLayout } from '../components/auth-layout';
import { SignupForm } from '../components/signup-form';

export default function SignupPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const loginHref = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Your own organization is set up with it."
      footer={
        <>
          Already have an account? <RouterLink to={loginHref}>Log in</RouterLink>
        </>
      }
    >
      <SignupForm onSuccess={() => void navigate(next, { replace: true })} />
    </AuthLayout>
  );
}
