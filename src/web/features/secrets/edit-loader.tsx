// ?edit=<name> or a row's edit button: the drawer opens once the secret's details are there.
import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../contract';
import { secretQueries } from '../../api/secrets';
import { EditSecretDrawer } from './edit-secret-drawer';

export function EditLoader({ scope, name, onClose }: { scope: Scope; name: string; onClose: () => void }) {
  const detail = useQuery(secretQueries.detail(scope, name));
  if (detail.isError) return null;
  return detail.data ? <EditSecretDrawer scope={scope} secret={detail.data} onClose={onClose} /> : null;
}
