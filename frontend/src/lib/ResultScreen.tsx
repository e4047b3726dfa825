import type { ResultProps } from 'antd';
import { lazy, Suspense } from 'react';

// antd's Result carries its 403/404/500 illustrations (~10 kB gzipped): fetched when a screen fails, not on every start.
const Result = lazy(() => import('antd/es/result'));

/** antd's Result, loaded when first shown. */
export function ResultScreen(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}
