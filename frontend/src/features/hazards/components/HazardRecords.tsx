import { Alert, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Hazard } from '../api/types';

/** The ticket's dossier beyond the basics: five musts, supervision listing, extension, acceptance, effectiveness. */
export function HazardRecords({ hazard: h }: { hazard: Hazard }) {
  const { t, i18n } = useTranslation();
  const when = (at: string | null) => (at ? new Date(at).toLocaleString(i18n.language) : '—');
  return (
    <>
      {h.rejectionReason && (
        <Alert
          type="info"
          showIcon
          title={t('hazards.rejectedAs', { reason: t(`label.enum.RejectionReason.${h.rejectionReason}`) })}
          description={h.duplicateOfCode ? t('hazards.duplicateOfCode', { code: h.duplicateOfCode }) : undefined}
        />
      )}
      {h.pendingExtension && (
        <Alert
          type="warning"
          showIcon
          data-testid="pending-extension"
          title={t('hazards.extension.pendingSummary', { date: h.pendingExtension.requestedDeadline, deadline: h.deadline ?? '—' })}
          description={[h.pendingExtension.reason, when(h.pendingExtension.requestedAt)].filter(Boolean).join(' · ')}
        />
      )}
      {h.fiveMusts && (
        <Card
          size="small"
          title={t('hazards.fiveMusts.title')}
          extra={<Tag color={h.fiveMusts.complete ? 'green' : 'orange'}>{t(h.fiveMusts.complete ? 'hazards.fiveMusts.complete' : 'hazards.fiveMusts.incompleteShort')}</Tag>}
        >
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'measures', label: t('hazards.fiveMusts.measures'), span: 'filled', children: h.fiveMusts.measures ?? '—' },
              { key: 'funds', label: t('hazards.fiveMusts.funds'), children: h.fiveMusts.funds === null ? '—' : `${h.fiveMusts.funds.toLocaleString(i18n.language)} ${t('hazards.fiveMusts.yuan')}` },
              { key: 'deadline', label: t('hazards.fiveMusts.deadline'), children: h.fiveMusts.deadline ?? '—' },
              { key: 'person', label: t('hazards.fiveMusts.responsiblePerson'), children: h.fiveMusts.responsiblePerson ?? '—' },
              { key: 'plan', label: t('hazards.fiveMusts.emergencyPlan'), span: 'filled', children: h.fiveMusts.emergencyPlan ?? '—' },
            ]}
          />
        </Card>
      )}
      {h.supervision && (
        <Card size="small" title={t('hazards.supervision.title')}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'level', label: t('hazards.supervision.level'), children: t(`label.enum.SupervisionLevel.${h.supervision.level}`) },
              { key: 'doc', label: t('hazards.supervision.documentNumber'), children: h.supervision.documentNumber },
              { key: 'by', label: t('hazards.supervision.issuedBy'), children: h.supervision.issuedBy?.name ?? '—' },
              { key: 'at', label: t('hazards.supervision.listedAt'), children: when(h.supervision.listedAt) },
              {
                key: 'signed',
                label: t('hazards.supervision.signedOff'),
                children: h.supervision.signedOffAt ? `${h.supervision.signedOffBy ?? ''} · ${when(h.supervision.signedOffAt)}` : t('hazards.supervision.notSigned'),
              },
            ]}
          />
        </Card>
      )}
      {h.acceptance && (
        <Card size="small" title={t('hazards.acceptance.title')}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'kind', label: t('hazards.acceptance.acceptorKind'), children: t(`label.enum.AcceptorKind.${h.acceptance.acceptorKind}`) },
              { key: 'name', label: t('hazards.acceptance.acceptorName'), children: h.acceptance.acceptorName ?? '—' },
              { key: 'at', label: t('hazards.acceptance.acceptedAt'), children: when(h.acceptance.acceptedAt) },
              { key: 'opinion', label: t('hazards.acceptance.opinion'), span: 'filled', children: h.acceptance.opinion ?? '—' },
            ]}
          />
        </Card>
      )}
      {h.effectiveness && (
        <Alert
          type={h.effectiveness.effective ? 'success' : 'error'}
          showIcon
          title={t(h.effectiveness.effective ? 'hazards.effectiveness.verifiedEffective' : 'hazards.effectiveness.verifiedIneffective')}
          description={[h.effectiveness.note, when(h.effectiveness.checkedAt)].filter(Boolean).join(' · ')}
        />
      )}
    </>
  );
}
