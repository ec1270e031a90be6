import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SessionProvider } from '@/lib/auth/session';
import { makeSession } from '@/test/session';
import { DateTimeText, RelativeTime } from './relative-time';
import { UiProvider } from './provider';

function renderInZone(timezone: string, node: React.ReactNode) {
  const session = makeSession('owner');
  return render(
    <UiProvider>
      <SessionProvider session={{ ...session, user: { ...session.user, timezone } }}>{node}</SessionProvider>
    </UiProvider>,
  );
}

describe('dates in the signed-in user’s time zone', () => {
  const lateEvening = '2026-03-01T23:30:00.000Z';

  it('shows the date and time where the user is, not where the server is', () => {
    renderInZone('Asia/Tokyo', <DateTimeText iso={lateEvening} />);
    expect(screen.getByText(/Mar 2, 2026/)).toHaveAttribute('datetime', lateEvening);
  });

  it('puts the exact time in the user’s zone on a relative time’s hover', () => {
    renderInZone('America/Los_Angeles', <RelativeTime iso={lateEvening} />);
    expect(document.querySelector('time')).toHaveAttribute('title', expect.stringMatching(/Mar 1, 2026, 3:30/));
  });
});
