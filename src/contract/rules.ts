// The API's naming and labelling rules, in one place. Length is always checked before any pattern.

export const SECRET_NAME_MAX = 252;
export const SECRET_NAME_PATTERN = /^[a-z0-9\-.]+$/;

export const DATA_KEY_MAX = 253;
export const DATA_KEY_PATTERN = /^[-._a-zA-Z0-9]+$/;
/** Kubernetes' own limit on a secret: the sum of the decoded values. */
export const DATA_MAX_BYTES = 1024 * 1024;
/** Keys in one secret's data, counted before any key is looked at (docs/decisions/0012). */
export const DATA_KEYS_MAX = 256;

export const LABEL_PREFIX = 'ext.ai.sap.com/';
export const LABEL_KEY_MAX = 63;
export const LABEL_NAME_MAX = 48;
export const LABEL_VALUE_MAX = 5000;
/** Labels on one secret or resource group, counted before any label is looked at (docs/decisions/0012). */
export const LABELS_MAX = 64;
/**
 * The linear form of the spec's label-key rule. The spec's own pattern nests quantifiers and backtracks
 * catastrophically in JavaScript, so it is never compiled here.
 */
const LABEL_KEY_PATTERN = /^ext\.ai\.sap\.com\/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export const PROTECTED_LABEL_KEYS: readonly string[] = ['ext.ai.sap.com/document-grounding', 'ext.ai.sap.com/documentRepositoryType'];

export const RESOURCE_GROUP_ID_MIN = 3;
export const RESOURCE_GROUP_ID_MAX = 253;
const RESOURCE_GROUP_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9.-]*[a-zA-Z0-9]$/;

/** Each check returns null when the value is fine, else a sentence that names the rule. */
export type RuleCheck = (value: string) => string | null;

export const checkSecretName: RuleCheck = (name) => {
  if (name.length === 0) return 'is required';
  if (name.length > SECRET_NAME_MAX) return `must be at most ${SECRET_NAME_MAX} characters (has ${name.length})`;
  if (!SECRET_NAME_PATTERN.test(name)) return 'may contain only lowercase letters a-z, digits 0-9, "-" and "."';
  return null;
};

/** A name with "-" or "." cannot become an environment variable through envFrom. */
export function hurtsEnvFrom(name: string): boolean {
  return name.includes('-') || name.includes('.');
}

export const checkDataKey: RuleCheck = (key) => {
  if (key.length === 0) return 'must not be empty';
  if (key.length > DATA_KEY_MAX) return `must be at most ${DATA_KEY_MAX} characters (has ${key.length})`;
  if (!DATA_KEY_PATTERN.test(key)) return 'may contain only letters, digits, "-", "_" and "."';
  return null;
};

export const checkLabelKey: RuleCheck = (key) => {
  if (key.length > LABEL_KEY_MAX) return `must be at most ${LABEL_KEY_MAX} characters (has ${key.length})`;
  if (!key.startsWith(LABEL_PREFIX)) return `must start with "${LABEL_PREFIX}"`;
  const rest = key.length - LABEL_PREFIX.length;
  if (rest === 0) return `needs a name after "${LABEL_PREFIX}"`;
  if (rest > LABEL_NAME_MAX) return `must have at most ${LABEL_NAME_MAX} characters after the prefix`;
  if (!LABEL_KEY_PATTERN.test(key))
    return 'may use only letters, digits, "-", "_" and "." after the prefix, and must start and end with a letter or digit';
  return null;
};

export const checkLabelValue: RuleCheck = (value) =>
  value.length > LABEL_VALUE_MAX ? `must be at most ${LABEL_VALUE_MAX} characters (has ${value.length})` : null;

export function isProtectedLabel(key: string): boolean {
  return PROTECTED_LABEL_KEYS.includes(key);
}

export const checkResourceGroupId: RuleCheck = (id) => {
  if (id.length < RESOURCE_GROUP_ID_MIN || id.length > RESOURCE_GROUP_ID_MAX)
    return `must be ${RESOURCE_GROUP_ID_MIN} to ${RESOURCE_GROUP_ID_MAX} characters (has ${id.length})`;
  if (!RESOURCE_GROUP_ID_PATTERN.test(id)) return 'may contain letters, digits, "-" and ".", and must start and end with a letter or digit';
  return null;
};
