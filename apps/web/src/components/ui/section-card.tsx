import { useId, type ReactNode } from 'react';
import { Card, HStack, Heading, Text } from './primitives';

export interface SectionCardProps {
  title: string;
  description?: ReactNode;
  /** Right after the title: a count. */
  titleExtra?: ReactNode;
  /** At the header's far end: a link to more. */
  headerAction?: ReactNode;
  /** Space between the body's blocks. */
  bodyGap?: string;
  children: ReactNode;
}

/** One titled block of a page (a record's summary, its timeline, a settings group), named by its heading. */
export function SectionCard({ title, description, titleExtra, headerAction, bodyGap, children }: SectionCardProps) {
  const headingId = useId();
  const heading = (
    <Heading as="h2" size="md" id={headingId}>
      {title}
    </Heading>
  );
  return (
    <Card.Root as="section" aria-labelledby={headingId}>
      <Card.Header>
        {titleExtra || headerAction ? (
          <HStack gap="2" justify="space-between">
            <HStack gap="2">
              {heading}
              {titleExtra}
            </HStack>
            {headerAction}
          </HStack>
        ) : (
          heading
        )}
        {description && (
          <Text color="fg.muted" textStyle="sm">
            {description}
          </Text>
        )}
      </Card.Header>
      <Card.Body gap={bodyGap}>{children}</Card.Body>
    </Card.Root>
  );
}
