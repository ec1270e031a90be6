import { NotFound } from '@/components/ui';

export default function NotFoundPage() {
  return <NotFound />;
}
