/**
 * A failure inside one panel or dialog stays there: React unmounts everything above the nearest
 * boundary, so without one a throwing preview took the whole app (and the open dataset) with it.
 * The fallback says so in the user's language, in place, with "Try again" (renders the children
 * afresh). Nothing is sent anywhere: the error goes to the console only, for whoever debugs.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n.ts';

interface Props {
  children: ReactNode;
  /** class of the fallback's box, so it looks like the panel or dialog it replaces */
  className?: string;
  /** when given, the fallback also offers to close (a dialog) */
  onDismiss?(): void;
}

function Fallback({ className, onRetry, onDismiss }: { className?: string; onRetry(): void; onDismiss?(): void }) {
  const t = useT();
  return (
    <div className={`error-boundary${className ? ` ${className}` : ''}`} role="alert" data-testid="error-boundary">
      <p>{t('app.partFailed')}</p>
      <div className="io-actions">
        {onDismiss && <button type="button" onClick={onDismiss}>{t('app.dismiss')}</button>}
        <button type="button" onClick={onRetry} data-testid="error-boundary-retry" autoFocus>{t('app.tryAgain')}</button>
      </div>
    </div>
  );
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('ErrorBoundary caught', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? <Fallback className={this.props.className} onDismiss={this.props.onDismiss} onRetry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}
