// The tenant-wide secret's page: its replication (the replication feature) with the extras every secret's
// page has (key names, code panel) below.
import { Stack } from '@mantine/core';
import { TenantWideSecretPage } from '../features/replication/tenant-wide-secret-page';
import { TenantWideSecretExtras } from '../features/secret-detail/secret-extras';

export function TenantWideDetail() {
  return (
    <Stack gap="md">
      <TenantWideSecretPage />
      <TenantWideSecretExtras />
    </Stack>
  );
}
