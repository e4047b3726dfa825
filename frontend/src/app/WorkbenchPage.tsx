import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { cardsFor, type WorkbenchCard } from '@/lib/workbench';
import { registeredCards } from './workbench-cards';

/** 工作台: the first screen after sign-in, made of the cards the features contribute for the caller. */
export function WorkbenchPage({ cards = registeredCards }: { cards?: readonly WorkbenchCard[] }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <QueryPending query={me} />;
  const mine = cardsFor(cards, me.data);
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('workbench.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('workbench.greeting', { name: me.data.name, org: me.data.org.name })}</Typography.Text>
      </div>
      {mine.length === 0 ? (
        <Empty description={<Link to="/me">{t('workbench.nothing')}</Link>} />
      ) : (
        <div className="workbench-grid">
          {mine.map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </div>
      )}
    </Flex>
  );
}
