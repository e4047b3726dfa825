import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ResultScreen } from '@/lib/ResultScreen';

function RouteFailed() {
  const { t } = useTranslation();
  return (
    <ResultScreen
      status="error"
      title={t('routeError.title')}
      subTitle={t('routeError.subtitle')}
      data-testid="route-error"
      extra={
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('routeError.reload')}
        </button>
      }
    />
  );
}

interface BoundaryProps {
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('route failed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RouteFailed /> : this.props.children;
  }
}

/**
 * Catches a screen that throws while rendering, so the header, the navigation and the report sync around it keep
 * working. Keyed by the path: going to another page gives it a fresh boundary.
 */
export function RouteErrorBoundary({ children }: BoundaryProps) {
  const { pathname } = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}
