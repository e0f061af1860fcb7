import { Box } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { ErrorState } from '../components/error-state';

type Props = { children: ReactNode; /** Another page: try again. */ resetKey?: string };

/** A page that failed to draw (or whose code failed to load) shows why, with a reload; the rest stays usable. */
export class RouteErrorBoundary extends Component<Props, { error: unknown; key: string | undefined }> {
  state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: string | undefined }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Box py="xl" maw={960} mx="auto">
        <ErrorState error={this.state.error} title="This page failed" onRetry={() => window.location.reload()} />
      </Box>
    );
  }
}
