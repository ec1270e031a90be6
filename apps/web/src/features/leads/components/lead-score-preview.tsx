import { useFormContext, useWatch } from 'react-hook-form';
import { computeLeadScore, parseMoney } from '@crm/contracts';
import { HStack, Text } from '@/components/ui';
import type { LeadFormValues } from './lead-form';
import { LeadScoreBadge } from './lead-score-badge';

/** The score the server will compute, from the same shared formula, updated as the user types. */
export function LeadScorePreview() {
  const { control } = useFormContext<LeadFormValues>();
  const [email, phone, company, jobTitle, source, estimatedValue] = useWatch({
    control,
    name: ['email', 'phone', 'company', 'job_title', 'source', 'estimated_value'],
  });
  const score = computeLeadScore({
    email,
    phone,
    company,
    job_title: jobTitle,
    source,
    estimated_value_minor: estimatedValue ? parseMoney(estimatedValue) : null,
  });
  return (
    <HStack gap="2" aria-live="polite">
      <Text textStyle="sm" color="fg.muted">
        Score
      </Text>
      <LeadScoreBadge score={score} />
      <Text textStyle="xs" color="fg.muted">
        from contact details, source and estimated value
      </Text>
    </HStack>
  );
}
