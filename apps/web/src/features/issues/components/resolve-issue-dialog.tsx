import { useEffect, useState } from 'react';
import type { Issue } from '@crm/contracts';
import { AppDialog, Button, FormField, HStack, Stack, Text, Textarea, notifySuccess } from '@/components/ui';
import { useResolveIssue } from '../api/resolve-issue';

interface ResolveIssueDialogProps {
  issue: Issue;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Resolves with optional notes on what was done; the customer sees them with the resolved status. */
export function ResolveIssueDialog({ issue, open, onOpenChange }: ResolveIssueDialogProps) {
  const [notes, setNotes] = useState('');
  const resolveIssue = useResolveIssue();
  useEffect(() => {
    if (open) setNotes('');
  }, [open]);

  const resolve = () =>
    resolveIssue.mutate(
      { id: issue.id, resolutionNotes: notes.trim() || null },
      {
        onSuccess: (saved) => {
          onOpenChange(false);
          notifySuccess('Issue resolved', `${saved.code} “${saved.title}”`);
        },
      },
    );

  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Resolve ${issue.code}?`}
      size="md"
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={resolveIssue.isPending}>
            Cancel
          </Button>
          <Button colorPalette="green" onClick={resolve} loading={resolveIssue.isPending}>
            Resolve issue
          </Button>
        </HStack>
      }
    >
      <Stack gap="4">
        <Text>
          “{issue.title}” from {issue.customer_name} becomes resolved. They can still reply, which reopens it.
        </Text>
        <FormField label="Resolution notes" optionalText=" (optional)" helperText="The customer sees these.">
          <Textarea
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            rows={3}
            autoresize
            maxLength={10_000}
            placeholder="What was done"
          />
        </FormField>
      </Stack>
    </AppDialog>
  );
}
