import type { Label } from '../../contract';
import { ApiError } from './api-error';

/** `k=v,k2!=v2`: every term must hold. */
export function parseLabelSelector(selector: string): (labels: Label[]) => boolean {
  if (selector.length > 4096) throw new ApiError(400, 'InvalidQuery', 'Query parameter labelSelector is longer than 4096 characters');
  const terms = selector.split(',').map((term) => {
    const m = /^([^=!]+)(!=|=)(.*)$/.exec(term.trim());
    if (!m)
      throw new ApiError(
        400,
        'InvalidQuery',
        `Query parameter labelSelector: the term "${term.slice(0, 80)}" must be key=value or key!=value`,
      );
    return { key: m[1]!.trim(), negate: m[2] === '!=', value: m[3]!.trim() };
  });
  return (labels) =>
    terms.every((t) => {
      const match = labels.some((l) => l.key === t.key && l.value === t.value);
      return t.negate ? !match : match;
    });
}
