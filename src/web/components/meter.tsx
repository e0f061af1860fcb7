import type { CSSProperties } from 'react';
import classes from './meter.module.css';

type Props = {
  /** Percent of the whole; without it the bar says "busy" (striped and moving, no value announced). */
  value?: number;
  /** A Mantine colour name (teal, yellow, red) or the primary colour. */
  color?: string;
  label: string;
  className?: string;
  style?: CSSProperties;
};

/** A progress bar (role="progressbar", named by `label`) drawn as Mantine's Progress. */
export function Meter({ value, color, label, className, style }: Props) {
  const fill = { '--meter-color': color ? `var(--mantine-color-${color}-filled)` : 'var(--mantine-primary-color-filled)' } as CSSProperties;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={value === undefined ? undefined : 0}
      aria-valuemax={value === undefined ? undefined : 100}
      aria-valuenow={value === undefined ? undefined : Math.round(value)}
      className={`${classes.track}${className ? ` ${className}` : ''}`}
      style={style}
    >
      <div
        className={value === undefined ? `${classes.fill} ${classes.busy}` : classes.fill}
        style={{ ...fill, width: value === undefined ? undefined : `${value}%` }}
      />
    </div>
  );
}
