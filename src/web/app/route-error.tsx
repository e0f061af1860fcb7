import { Container } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorState } from '../components/error-state';

export function RouteError() {
  const error = useRouteError();
  return (
    <Container py="xl">
      <ErrorState error={error} title="This page failed" onRetry={() => window.location.reload()} />
    </Container>
  );
}
