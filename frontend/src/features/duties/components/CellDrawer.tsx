import { Drawer, Empty, Flex, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useCellObligations, type CellFilters, type MatrixObligation } from '../api/get-duty-reports';
import { StatusBadge } from './StatusBadge';

function Evidence({ evidence }: { evidence: MatrixObligation['evidence'] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <Typography.Text type="secondary">{t('duties.cell.noEvidence')}</Typography.Text>;
  return (
    <ul className="cell-evidence" data-testid="cell-evidence">
      {evidence.map((e) => (
        <li key={`${e.sourceKind}-${e.sourceId}`} className={e.withdrawnAt ? 'withdrawn' : undefined}>
          <span>
            {e.date} · {t(`duties.cell.source.${e.sourceKind}`, { defaultValue: e.sourceKind })}
            {e.withdrawnAt && ` · ${t('duties.cell.withdrawn')}`}
          </span>
          {e.files.map((f) => (
            <span key={f.sha256} className="field-hint">
              {f.fileName} · sha256 {f.sha256.slice(0, 12)}…
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * One matrix cell opened: every obligation behind the colour, whose it is (the holder then), how far, and the evidence
 * counted towards it with its files and hashes (withdrawn evidence struck through).
 */
export function CellDrawer({ title, cell, onClose }: { title: string; cell: CellFilters | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const obligations = useCellObligations(cell);
  return (
    <Drawer open={cell !== undefined} onClose={onClose} size="large" title={cell ? `${title} · ${cell.periodKey}` : ''} destroyOnHidden>
      {obligations.isPending ? (
        <Spin />
      ) : obligations.isError ? (
        <ProblemAlert error={obligations.error} onRetry={() => void obligations.refetch()} />
      ) : obligations.data.length === 0 ? (
        <Empty />
      ) : (
        <List<MatrixObligation>
          data-testid="cell-obligations"
          dataSource={obligations.data}
          renderItem={(o) => (
            <List.Item key={o.obligationId} data-testid="cell-obligation" data-status={o.status}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap="small" align="start">
                  <Typography.Text strong>
                    {o.orgName} · {o.subjectName}
                    {o.holder && ` · ${o.holder}`}
                  </Typography.Text>
                  <StatusBadge status={o.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {t('duties.progress', { counted: o.counted, required: o.required })}
                  {o.late > 0 && ` · ${t('duties.cell.late', { count: o.late })}`}
                </Typography.Text>
                <Evidence evidence={o.evidence} />
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
