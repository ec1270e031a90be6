import { isWebUrl } from '@crm/contracts';
import { Link } from './primitives';

/**
 * A stored website: a link only when it is http(s). Anything else (a `javascript:` URL written
 * before the API refused them) is shown as plain text and can never be clicked.
 */
export function WebsiteLink({ url }: { url: string | null }) {
  if (!url) return null;
  if (!isWebUrl(url)) return <>{url}</>;
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </Link>
  );
}
