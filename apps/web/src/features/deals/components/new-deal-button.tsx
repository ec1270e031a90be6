import { LuPlus } from 'react-icons/lu';
import { Button, type ButtonProps } from '@/components/ui';

export function NewDealButton({ children = 'New deal', ...props }: ButtonProps) {
  return (
    <Button colorPalette="brand" {...props}>
      <LuPlus aria-hidden /> {children}
    </Button>
  );
}
