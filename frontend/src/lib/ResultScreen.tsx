import type { ResultProps } from 'antd';
import { Suspense } from 'react';
import { lazyWithAntd } from './lazy-with-antd';

// antd's Result carries its 403/404/500 illustrations (~10 kB gzipped): fetched when a screen fails, not on every start.
const Result = lazyWithAntd(() => import('antd/es/result').then((m) => m.default));

/** antd's Result, loaded when first shown. */
export function ResultScreen(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}
