// A resource group whose deletion is scheduled: it still lists, but takes no new secrets.

/** The emulator says DEPROVISIONING (the API's word for the reverse of PROVISIONING); other spellings are accepted. */
export function isBeingDeleted(status: string | null | undefined): boolean {
  return Boolean(status) && /^(DEPROVISIONING|DELETING|DELETION_SCHEDULED|TERMINATING)$/i.test(status!);
}

export function deletionBlockReason(groupId: string): string {
  return `Resource group ${groupId} is being deleted: no new secrets can be created in it, and its secrets go with it. Create the secret in another group.`;
}
