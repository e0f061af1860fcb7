import type { Quota } from '../../../contract';
import { UsageMeter } from '../../components/quota-meter';

/** "12 of 50": the tenant's resource-group quota, with groups being deleted counted until they are gone. */
export function GroupQuotaMeter({ quota }: { quota: Quota }) {
  const used = quota.usage?.count ?? 0;
  const max = quota.quota.maxCount;
  if (!max) return null; // 0: no quota
  return <UsageMeter title="Resource-group quota" used={used} max={max} nearFull={used >= max * 0.9} testId="group-quota" />;
}

export const groupQuotaFull = (quota: Quota | undefined) =>
  Boolean(quota?.quota.maxCount) && (quota?.usage?.count ?? 0) >= quota!.quota.maxCount;
