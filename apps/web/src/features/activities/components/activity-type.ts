import type { IconType } from 'react-icons';
import { LuCalendar, LuMail, LuPhone, LuSquareCheck, LuStickyNote } from 'react-icons/lu';
import type { ActivityType } from '@crm/contracts';

interface ActivityTypeStyle {
  label: string;
  icon: IconType;
  colorPalette: string;
}

export const ACTIVITY_TYPE_STYLES: Record<ActivityType, ActivityTypeStyle> = {
  call: { label: 'Call', icon: LuPhone, colorPalette: 'blue' },
  email: { label: 'Email', icon: LuMail, colorPalette: 'cyan' },
  meeting: { label: 'Meeting', icon: LuCalendar, colorPalette: 'purple' },
  note: { label: 'Note', icon: LuStickyNote, colorPalette: 'yellow' },
  task: { label: 'Task', icon: LuSquareCheck, colorPalette: 'green' },
};
