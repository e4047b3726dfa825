import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { WorkflowTimeline } from '@/lib/workflow/WorkflowTimeline';
import { useListHistory } from '../api/get-list';
import { isListAction } from '../api/list-types';

const colors: Record<string, string> = { PUBLISH: 'blue', SIGN: 'green', ACTIVATE: 'green', RETURN: 'red', DISCARD: 'gray' };

/** The list version's history: every step with who, when, the state it led to and the comment. */
export function ListTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useListHistory(id);
  if (history.isPending) return <Spin />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <WorkflowTimeline
      testId="list-timeline"
      steps={history.data.map((e) => ({
        key: e.seq,
        title: isListAction(e.action) ? t(`label.enum.ListAction.${e.action}`) : t(`label.event.${e.action}`, { defaultValue: e.action }),
        toState: e.toState === e.fromState ? undefined : t(`label.enum.ListStatus.${e.toState}`),
        actorName: e.actorName,
        at: e.at,
        comment: e.comment,
        details: [],
        color: colors[e.action],
      }))}
    />
  );
}
