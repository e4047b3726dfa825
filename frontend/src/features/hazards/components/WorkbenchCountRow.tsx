import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  testId: string;
  label: string;
  /** undefined while loading or offline without a cached figure. */
  count: number | string | undefined;
  to?: string;
  warn?: boolean;
  icon?: ReactNode;
}

/** One line of a workbench card: what waits, how many, and where to work on it. */
export function CountRow({ testId, label, count, to, warn = false, icon }: Props) {
  const figure = (
    <Typography.Text strong type={warn ? 'danger' : undefined} className="workbench-count" data-testid={`${testId}-count`}>
      {count ?? '–'}
    </Typography.Text>
  );
  const body = (
    <Flex justify="space-between" align="center" gap="small" className="workbench-row">
      <span>
        {icon} {label}
      </span>
      {figure}
    </Flex>
  );
  return (
    <li data-testid={testId}>
      {to ? (
        <Link to={to} className="workbench-row-link">
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}
