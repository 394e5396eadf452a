/**
 * Keeps a fault in one part of the page from blanking the whole app: the part is replaced by a
 * message naming what failed, with a way to close it; the map and the data stay.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead, given the error and a function that clears it. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, () => this.setState({ error: null }))
      : this.props.children;
  }
}
