import { lazy, type ComponentType } from 'react';

/**
 * A component built on antd, fetched with antd's theme scope when first rendered: what the shell shows only at a desk
 * or on demand (side menu, "更多" drawer, error screens) and every page but the phone's report form.
 */
export function lazyWithAntd<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [Component, { AntdScope }] = await Promise.all([load(), import('./AntdScope')]);
    function Scoped(props: P) {
      return (
        <AntdScope>
          <Component {...props} />
        </AntdScope>
      );
    }
    return { default: Scoped };
  });
}
