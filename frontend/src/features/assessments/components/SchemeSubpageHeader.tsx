import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Scheme } from '../api/types';
import { SchemeStatusTag } from './StatusTags';

/** The head of a scheme's board or results: back to the scheme, the page's title, the scheme's state and title. */
export function SchemeSubpageHeader({ scheme, title, extra }: { scheme: Scheme; title: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/assessments/schemes/${scheme.id}`}>{t('assessments.board.backToScheme')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {title}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <SchemeStatusTag status={scheme.status} />
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {scheme.title}
          </Typography.Text>
          {extra}
        </Flex>
      </Flex>
    </>
  );
}
