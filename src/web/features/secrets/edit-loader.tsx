// ?edit=<name> or a row's edit button: the drawer opens once the secret's details are there.
import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../contract';
import { secretQueries } from '../../api/secrets';
import { EditSecretDrawer } from './edit-secret-drawer';

type Props = { scope: Scope; name: string; fromLink?: boolean; onClose: () => void };

export function EditLoader({ scope, name, fromLink, onClose }: Props) {
  const detail = useQuery(secretQueries.detail(scope, name));
  if (detail.isError) return null;
  return detail.data ? <EditSecretDrawer scope={scope} secret={detail.data} fromLink={fromLink} onClose={onClose} /> : null;
}
