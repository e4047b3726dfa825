import { Alert, Button, Card, Flex, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useSigningProgress, useUnsignedLists, type SigningRow, type UnsignedFilters, type UnsignedList } from '../api/signing-progress';
import { ListStatusTag } from './ListStatusTag';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 清单汇编 of the caller's subtree and year as Excel: INTERNAL with who signed, PUBLIC without personal data. */
function CompilationButtons({ year }: { year: number }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const download = async (variant: 'INTERNAL' | 'PUBLIC') => {
    setBusy(variant);
    setFailed(undefined);
    try {
      const query = new URLSearchParams({ year: String(year), variant });
      saveBlob(await fetchBinary(client, `/api/v1/duty-reports/list-compilation.xlsx?${query.toString()}`, xlsx), t(`signing.file.${variant}`, { year }));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Space wrap>
      <Button loading={busy === 'INTERNAL'} onClick={() => void download('INTERNAL')}>
        {t('signing.compileInternal')}
      </Button>
      <Button loading={busy === 'PUBLIC'} onClick={() => void download('PUBLIC')}>
        {t('signing.compilePublic')}
      </Button>
      {failed && <Alert type="error" showIcon title={failed} />}
    </Space>
  );
}

function Unsigned({ filters }: { filters: UnsignedFilters }) {
  const { t } = useTranslation();
  const lists = useUnsignedLists(filters);
  if (lists.isError) return <ProblemAlert error={lists.error} onRetry={() => void lists.refetch()} />;
  return (
    <Flex vertical gap="small">
      <Table<UnsignedList>
        rowKey="listId"
        size="small"
        loading={lists.isPending}
        dataSource={lists.data?.pages.flatMap((page) => page.items) ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="unsigned-lists"
        columns={[
          { title: t('lists.field.title'), key: 'title', render: (_, l) => <Link to={`/lists/${encodeURIComponent(l.listId)}`}>{l.title}</Link> },
          { title: t('lists.field.holder'), key: 'holder', render: (_, l) => `${l.holderOrg.name} · ${l.holderPostTitle ?? '—'}` },
          { title: t('lists.field.holderKind'), key: 'kind', render: (_, l) => t(`label.enum.HolderKind.${l.holderKind}`) },
          { title: t('lists.field.status'), key: 'status', render: (_, l) => <ListStatusTag status={l.status} /> },
          { title: t('lists.field.docNumber'), key: 'doc', render: (_, l) => l.docNumber ?? '—' },
          { title: t('lists.field.issuer'), dataIndex: 'issuingOrgName' },
        ]}
      />
      {lists.hasNextPage && (
        <Button onClick={() => void lists.fetchNextPage()} loading={lists.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

/** 签订进度: the lists of the caller's subtree and year by region level and holder kind, the unsigned ones listable. */
export function SigningProgressPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [picked, setPicked] = useState<Pick<SigningRow, 'level' | 'holderKind'>>();
  const progress = useSigningProgress(year);
  const count = (key: keyof SigningRow['counts']) => ({ title: t(`signing.count.${key}`), key, align: 'right' as const, width: 80, render: (_: unknown, r: SigningRow) => r.counts[key] });

  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="small" align="center" justify="space-between">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('signing.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{progress.data ? t('signing.subtitle', { org: progress.data.org.name, year }) : ' '}</Typography.Text>
        </div>
        <CompilationButtons year={year} />
      </Flex>
      <InputNumber<number>
        aria-label={t('lists.field.year')}
        min={2000}
        max={2100}
        value={year}
        onChange={(value) => {
          if (value) setYear(value);
          setPicked(undefined);
        }}
      />
      {progress.isError ? (
        <ProblemAlert error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<SigningRow>
            rowKey={(r) => `${r.level}-${r.holderKind}`}
            size="small"
            loading={progress.isPending}
            dataSource={progress.data?.rows ?? []}
            pagination={false}
            scroll={{ x: 760 }}
            data-testid="signing-progress"
            columns={[
              { title: t('signing.level'), key: 'level', render: (_, r) => t(`label.enum.RegionLevel.${r.level}`) },
              { title: t('lists.field.holderKind'), key: 'kind', render: (_, r) => t(`label.enum.HolderKind.${r.holderKind}`) },
              count('issued'),
              count('published'),
              count('signed'),
              count('active'),
              {
                title: t('signing.count.unsigned'),
                key: 'unsigned',
                align: 'right',
                width: 110,
                render: (_, r) =>
                  r.counts.unsigned > 0 ? (
                    <Button
                      type="link"
                      size="small"
                      danger
                      aria-label={t('signing.showUnsigned', { count: r.counts.unsigned, kind: t(`label.enum.HolderKind.${r.holderKind}`) })}
                      onClick={() => {
                        setPicked({ level: r.level, holderKind: r.holderKind });
                      }}
                    >
                      {r.counts.unsigned}
                    </Button>
                  ) : (
                    0
                  ),
              },
            ]}
            summary={() =>
              progress.data && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    {t('signing.total')}
                  </Table.Summary.Cell>
                  {(['issued', 'published', 'signed', 'active', 'unsigned'] as const).map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 2} align="right">
                      {progress.data.total[key]}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )
            }
          />
        </Card>
      )}
      <Card
        size="small"
        title={picked ? t('signing.unsignedOf', { level: t(`label.enum.RegionLevel.${picked.level}`), kind: t(`label.enum.HolderKind.${picked.holderKind}`) }) : t('signing.unsignedAll')}
        extra={
          picked && (
            <Button
              size="small"
              onClick={() => {
                setPicked(undefined);
              }}
            >
              {t('signing.showAll')}
            </Button>
          )
        }
        styles={{ body: { padding: 0 } }}
      >
        <Unsigned filters={{ year, ...picked }} />
      </Card>
    </Flex>
  );
}
