import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert, RouterLink, Stack, Text } from '@/components/ui';
import { safeNextPath } from '@/lib/auth/next-path';
import { AuthLayout } from '../components/auth-layout';
import { LoginForm } from '../components/login-form';
import { readLoginNotice } from '../lib/login-notice';

export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const signupHref = next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}`;
  const notice = readLoginNotice(location.state);

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
      <Stack gap="4">
        {notice && (
          <Alert.Root status="success" variant="subtle" borderRadius="md" role="status">
            <Alert.Indicator />
            <Alert.Description>{notice}</Alert.Description>
          </Alert.Root>
        )}
        <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
        <Text textStyle="sm" textAlign="center">
          <RouterLink to="/forgot-password">Forgot your password?</RouterLink>
        </Text>
      </Stack>
    </AuthLayout>
  );
}
