// A React error boundary around one part of the window (the canvas, a panel): an exception
// while that part renders shows what failed, in place, and leaves the rest of the app working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the part is, for the message: "The graph canvas", "The filters panel". */
  name: string;
  /** A change of key (another graph, another view) gives the part a fresh try. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, error: null };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report: the message on screen is short.
    console.error(`${this.props.name} failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="part-error" role="alert" data-testid="part-error" data-part={this.props.name}>
        <strong>{this.props.name} failed.</strong> <span className="part-error-message">{error.message}</span>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
