import { useNavigate, useSearchParams } from 'react-router';
import { RouterLink } from '@/components/ui';
import { safeNextPath } from '@/lib/auth/next-path';
import { AuthLayout } from '../components/auth-layout';
import { LoginForm } from '../components/login-form';

export default function LoginPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const signupHref = next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout
      title="Log in"
      subtitle="Welcome back."
      footer={
        <>
          New here? <RouterLink to={signupHref}>Create an account</RouterLink>
        </>
      }
    >
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
    </AuthLayout>
  );
}
