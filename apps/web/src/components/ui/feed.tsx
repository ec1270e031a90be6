import type { ReactNode } from 'react';
import { Timeline } from '@chakra-ui/react';

/** A vertical feed of events with an icon per entry, as an ordered list for screen readers. */
export function FeedList({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Timeline.Root as="ol" size="md" variant="subtle" aria-label={label} listStyleType="none" m="0" p="0">
      {children}
    </Timeline.Root>
  );
}

export interface FeedItemProps {
  icon: ReactNode;
  /** Colour of the icon's circle, e.g. the activity type's. */
  colorPalette?: string;
  children: ReactNode;
}

export function FeedItem({ icon, colorPalette = 'gray', children }: FeedItemProps) {
  return (
    <Timeline.Item as="li">
      <Timeline.Connector>
        <Timeline.Separator />
        <Timeline.Indicator colorPalette={colorPalette} aria-hidden>
          {icon}
        </Timeline.Indicator>
      </Timeline.Connector>
      <Timeline.Content pb="5" minW="0" flex="1">
        {children}
      </Timeline.Content>
    </Timeline.Item>
  );
}
