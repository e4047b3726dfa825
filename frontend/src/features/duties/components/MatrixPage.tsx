import { Card, Flex, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useMatrix, type CellColor, type CellFilters, type FulfilmentMatrix, type MatrixCell } from '../api/get-duty-reports';
import { CellDrawer } from './CellDrawer';

type Row = FulfilmentMatrix['rows'][number];

const tones: Record<CellColor, string> = { GREEN: 'tone-green', YELLOW: 'tone-amber', RED: 'tone-red', GREY: 'tone-neutral' };

/**
 * One cell: its 三色 colour filling the cell and, in words, how many of how many are met, so colour is never the only
 * signal; a click opens the obligations and evidence behind it.
 */
function Cell({ cell, onOpen }: { cell: MatrixCell | undefined; onOpen: () => void }) {
  const { t } = useTranslation();
  if (!cell || cell.total === 0) return <span className="field-hint">—</span>;
  const title = t('duties.matrix.cellTitle', { met: cell.met, total: cell.total, partial: cell.partial, atRisk: cell.atRisk, missed: cell.missed, waived: cell.waived, open: cell.open });
  return (
    <button type="button" className={`status-badge matrix-cell ${tones[cell.color]}`} title={title} aria-label={`${t(`label.enum.CellColor.${cell.color}`)} ${title}`} data-testid="matrix-cell" data-color={cell.color} onClick={onOpen}>
      {t(`label.enum.CellColor.${cell.color}`)} {cell.met + cell.waived}/{cell.total}
    </button>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Space wrap data-testid="matrix-legend">
      {(['GREEN', 'YELLOW', 'RED', 'GREY'] as const).map((color) => (
        <span key={color} className={`status-badge ${tones[color]}`}>
          {t(`label.enum.CellColor.${color}`)}：{t(`duties.matrix.legend.${color}`)}
        </span>
      ))}
    </Space>
  );
}

/** 履职矩阵: requirement × period for the caller's subtree and a year, every cell in its 三色 with counts in words. */
export function MatrixPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const matrix = useMatrix({ year });
  const periods = matrix.data?.periods ?? [];
  const [open, setOpen] = useState<{ title: string; cell: CellFilters }>();
  const openCell = (row: Row, periodKey: string) => {
    const key = row.dutyKey ? { dutyKey: row.dutyKey } : { ruleId: row.ruleId ?? undefined };
    setOpen({ title: row.title, cell: { orgId: matrix.data?.org.id, periodKey, ...key } });
  };
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('duties.matrix.title')}
        {matrix.data && <Typography.Text type="secondary"> · {matrix.data.org.name}</Typography.Text>}
      </Typography.Title>
      <Space wrap>
        <InputNumber<number>
          aria-label={t('lists.field.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => {
            if (value) setYear(value);
          }}
        />
        <Legend />
      </Space>
      {matrix.isError ? (
        <ProblemAlert error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey="key"
            size="small"
            loading={matrix.isPending}
            dataSource={matrix.data?.rows ?? []}
            pagination={false}
            scroll={{ x: 240 + periods.length * 110 }}
            data-testid="matrix"
            columns={[
              {
                title: t('duties.matrix.requirement'),
                key: 'rule',
                fixed: 'left',
                width: 240,
                render: (_, row) => (
                  <div>
                    <div>{row.title}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.citation}
                    </Typography.Text>
                  </div>
                ),
              },
              ...periods.map((p) => ({
                title: p.periodKey,
                key: p.periodKey,
                width: 110,
                render: (_: unknown, row: Row) => (
                  <Cell
                    cell={row.cells.find((c) => c.periodKey === p.periodKey)}
                    onOpen={() => {
                      openCell(row, p.periodKey);
                    }}
                  />
                ),
              })),
            ]}
          />
        </Card>
      )}
      <CellDrawer
        title={open?.title ?? ''}
        cell={open?.cell}
        onClose={() => {
          setOpen(undefined);
        }}
      />
    </Flex>
  );
}
