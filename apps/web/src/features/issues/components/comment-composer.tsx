import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LuLock, LuSend } from 'react-icons/lu';
import { Box, Button, HStack, SegmentedControl, Stack, Text, Textarea, chakra, notifySuccess } from '@/components/ui';
import { useAddIssueComment } from '../api/add-issue-comment';
import { INTERNAL_NOTE_LABEL } from './comment-thread';

type Visibility = 'public' | 'internal';

const VISIBILITY_ITEMS = [
  { value: 'public', label: 'Reply to customer' },
  { value: 'internal', label: 'Internal note' },
] as const;

const MAX_LENGTH = 20_000;

export interface CommentComposerProps {
  issueId: number;
  /** Staff may write internal notes; a Client only replies. */
  allowInternal: boolean;
  /** Shown above the box for a Client: "Your reply". */
  placeholder?: string;
}

/**
 * Writes a reply or, for staff, an internal note. The note mode repaints the whole composer and
 * says in words that the customer will not see it, so a note is never sent as a reply by mistake.
 */
export function CommentComposer({ issueId, allowInternal, placeholder }: CommentComposerProps) {
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [error, setError] = useState<string | null>(null);
  const addComment = useAddIssueComment(issueId);
  const hintId = useId();
  const isInternal = allowInternal && visibility === 'internal';

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = body.trim();
    if (text === '') {
      setError(isInternal ? 'Write the note first.' : 'Write your reply first.');
      return;
    }
    setError(null);
    addComment.mutate(
      { body: text, ...(allowInternal ? { is_internal: isInternal } : {}) },
      {
        onSuccess: () => {
          setBody('');
          notifySuccess(isInternal ? 'Internal note added' : 'Reply sent');
        },
      },
    );
  };
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <chakra.form
      onSubmit={submit}
      noValidate
      aria-label={isInternal ? 'Add an internal note' : 'Reply'}
      data-testid="comment-composer"
      data-mode={isInternal ? 'internal' : 'public'}
      borderWidth="1px"
      borderStyle={isInternal ? 'dashed' : 'solid'}
      borderColor={isInternal ? 'orange.emphasized' : 'border'}
      bg={isInternal ? 'orange.subtle' : undefined}
      borderRadius="md"
      p="3"
    >
      <Stack gap="3">
        {allowInternal && (
          <Box alignSelf="flex-start">
            <SegmentedControl
              label="Who sees this"
              value={visibility}
              onValueChange={(value) => setVisibility(value as Visibility)}
              items={VISIBILITY_ITEMS}
            />
          </Box>
        )}
        <Text
          id={hintId}
          textStyle="sm"
          color={isInternal ? 'orange.fg' : 'fg.muted'}
          fontWeight={isInternal ? 'semibold' : undefined}
        >
          {isInternal ? (
            <HStack as="span" gap="1.5" display="inline-flex">
              <LuLock aria-hidden /> {INTERNAL_NOTE_LABEL}
            </HStack>
          ) : allowInternal ? (
            'The customer sees this reply in their portal.'
          ) : (
            'Our team sees your reply and answers here.'
          )}
        </Text>
        <Textarea
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={submitOnCtrlEnter}
          aria-label={isInternal ? 'Internal note' : 'Reply'}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          placeholder={placeholder ?? (isInternal ? 'Note for your team…' : 'Write a reply…')}
          maxLength={MAX_LENGTH}
          rows={3}
          autoresize
          bg="bg.panel"
        />
        {error && (
          <Text textStyle="sm" color="fg.error" role="alert">
            {error}
          </Text>
        )}
        <HStack justify="space-between" gap="2">
          <Text textStyle="xs" color="fg.subtle">
            Ctrl+Enter sends
          </Text>
          <Button
            type="submit"
            colorPalette={isInternal ? 'orange' : 'brand'}
            loading={addComment.isPending}
            loadingText="Sending…"
          >
            {isInternal ? <LuLock aria-hidden /> : <LuSend aria-hidden />}
            {isInternal ? 'Add internal note' : allowInternal ? 'Send reply' : 'Send'}
          </Button>
        </HStack>
      </Stack>
    </chakra.form>
  );
}
