import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { ActivityComposer, noteToActivity } from './activity-composer';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function renderComposer() {
  api = mockApi((config) => ({ status: 201, data: { id: 1, ...JSON.parse(String(config.data)) } }));
  renderPage(<ActivityComposer subject={{ kind: 'customers', id: 1 }} />);
  const composer = screen.getByRole('form', { name: 'New activity' });
  return { composer, user: userEvent.setup() };
}

const tab = (composer: HTMLElement, name: string) => within(composer).getByText(name);

describe('ActivityComposer', () => {
  it('takes a note in one box: its first line becomes the subject, the rest its details', async () => {
    const { composer, user } = renderComposer();
    await user.click(tab(composer, 'Add a note'));
    expect(within(composer).queryByRole('textbox', { name: /^subject/i })).not.toBeInTheDocument();
    await user.type(within(composer).getByRole('textbox', { name: /^note/i }), 'Prefers email{Enter}Call after 3pm.');
    await user.click(within(composer).getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(api?.requests).toHaveLength(1));
    expect(JSON.parse(String(api?.requests[0]?.data))).toEqual({
      type: 'note',
      subject: 'Prefers email',
      body: 'Call after 3pm.',
      due_at: null,
      customer_id: 1,
    });
    await waitFor(() => expect(within(composer).getByRole('textbox', { name: /^note/i })).toHaveValue(''));
  });

  it('asks for the note itself, not for a subject', async () => {
    const { composer, user } = renderComposer();
    await user.click(tab(composer, 'Add a note'));
    await user.click(within(composer).getByRole('button', { name: 'Add note' }));
    expect(await within(composer).findByText('This field is required.')).toBeInTheDocument();
    expect(within(composer).getByRole('textbox', { name: /^note/i })).toHaveAttribute('aria-invalid', 'true');
    expect(api?.requests).toHaveLength(0);
  });

  it('never carries text from one tab into another, and keeps each tab’s draft', async () => {
    const { composer, user } = renderComposer();
    await user.type(within(composer).getByRole('textbox', { name: /^subject/i }), 'Intro call');
    await user.type(within(composer).getByRole('textbox', { name: /^details/i }), 'Wants a demo.');

    await user.click(tab(composer, 'Add a task'));
    expect(within(composer).getByRole('textbox', { name: /^subject/i })).toHaveValue('');
    expect(within(composer).getByRole('textbox', { name: /^details/i })).toHaveValue('');
    await user.type(within(composer).getByRole('textbox', { name: /^subject/i }), 'Send the proposal');

    await user.click(tab(composer, 'Add a note'));
    expect(within(composer).getByRole('textbox', { name: /^note/i })).toHaveValue('');

    await user.click(tab(composer, 'Log a call'));
    expect(within(composer).getByRole('textbox', { name: /^subject/i })).toHaveValue('Intro call');
    expect(within(composer).getByRole('textbox', { name: /^details/i })).toHaveValue('Wants a demo.');
    await user.click(tab(composer, 'Add a task'));
    expect(within(composer).getByRole('textbox', { name: /^subject/i })).toHaveValue('Send the proposal');
  });
});

describe('noteToActivity', () => {
  it('uses the first line as the subject and keeps a too-long first line whole in the details', () => {
    expect(noteToActivity('  One line only  ')).toEqual({ subject: 'One line only', body: null });
    expect(noteToActivity('Title\n\nMore\nlines')).toEqual({ subject: 'Title', body: 'More\nlines' });
    const long = 'x'.repeat(320);
    const note = noteToActivity(`${long}\nrest`);
    expect(note.subject).toHaveLength(300);
    expect(note.subject.endsWith('…')).toBe(true);
    expect(note.body).toBe(`${long}\nrest`);
  });
});
