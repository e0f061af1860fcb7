import type { ComponentType } from 'react';
import { Link } from '../lib/router';
import { preloadOn } from './preload';
import classes from './nav-item.module.css';

type Props = {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  active: boolean;
  onClick?: () => void;
};

/** A link in the navigation: the current page is marked for assistive technology too; hover or focus preloads it. */
export function NavItem({ to, label, icon: Icon, active, onClick }: Props) {
  return (
    <Link
      to={to}
      className={`${classes.item} mantine-focus-auto`}
      aria-current={active ? 'page' : undefined}
      onClick={onClick}
      {...preloadOn(to)}
    >
      <Icon size={18} aria-hidden />
      <span>{label}</span>
    </Link>
  );
}
