import { LuArrowRight, LuRocket } from 'react-icons/lu';
import type { Role } from '@crm/contracts';
import { Box, EmptyState, HStack, RouterLink, SectionCard, SimpleGrid, Stack, Text } from '@/components/ui';
import { firstStepsFor } from '../lib/first-steps';

/** A brand-new organization's dashboard: what to do first, only what the role may do. */
export function FirstSteps({ role }: { role: Role }) {
  const steps = firstStepsFor(role);
  if (steps.length === 0) {
    return (
      <EmptyState
        icon={<LuRocket />}
        title="Nothing here yet"
        description="Once customers, leads and deals are added, your figures and charts show here."
      />
    );
  }
  return (
    <SectionCard
      title="First steps"
      description="Nothing to chart yet. Start here, and the dashboard fills in as you work."
    >
      <SimpleGrid columns={{ base: 1, md: steps.length }} gap="4" as="ol" listStyleType="none" m="0" p="0">
        {steps.map((step, index) => (
          <Box as="li" key={step.id} borderWidth="1px" borderRadius="lg" p="4" data-testid={`first-step-${step.id}`}>
            <Stack gap="3" height="full">
              <HStack gap="2">
                <Box
                  as="span"
                  aria-hidden
                  boxSize="6"
                  borderRadius="full"
                  bg="brand.subtle"
                  color="brand.fg"
                  display="inline-flex"
                  alignItems="center"
                  justifyContent="center"
                  fontWeight="semibold"
                  textStyle="sm"
                >
                  {index + 1}
                </Box>
                <Text fontWeight="semibold">{step.title}</Text>
              </HStack>
              <Text color="fg.muted" textStyle="sm" flex="1">
                {step.description}
              </Text>
              <RouterLink
                to={step.to}
                alignSelf="flex-start"
                display="inline-flex"
                alignItems="center"
                gap="1"
                fontWeight="semibold"
                textStyle="sm"
              >
                {step.action} <LuArrowRight aria-hidden />
              </RouterLink>
            </Stack>
          </Box>
        ))}
      </SimpleGrid>
    </SectionCard>
  );
}
