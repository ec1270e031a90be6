import { Text } from '@/components/ui';
import { ratingText } from '../lib/vendor-labels';

/** "★★★★☆" in yellow; screen readers hear "4 of 5 stars". */
export function VendorRating({ rating }: { rating: number }) {
  return (
    <Text as="span" color="yellow.fg" aria-label={`${String(rating)} of 5 stars`} whiteSpace="nowrap">
      {ratingText(rating)}
    </Text>
  );
}
