import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from '../lib/router';
import { EmptyState } from '../components/empty-state';

export function NotFound() {
  return (
    <EmptyState icon={<IconMapQuestion aria-hidden />} title="Nothing here">
      This address is not a page of the console.{' '}
      <Button component={Link} to="/" variant="subtle" size="compact-sm">
        Go to the overview
      </Button>
    </EmptyState>
  );
}
