import type { Picklist } from '../../api/types';
import { Alert } from '../../components/Alert';
import { clockTime } from './relative-time';

/** A list the service worker answered from its copy, the station out of reach, says how old it is. */
export function OfflineCopyNote({ picklist }: { picklist: Picklist | null }) {
  const copy = picklist?.offline_copy;
  if (!copy) return null;
  return (
    <Alert tone="warning">
      Offline — list from {clockTime(copy.saved_at)}. The station cannot be reached; picks made
      elsewhere since then are not shown.
    </Alert>
  );
}
