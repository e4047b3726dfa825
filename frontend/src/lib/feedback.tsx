import type { MessageInstance } from 'antd/es/message/interface';
// The hook alone: antd's `message` object also carries the static API and its own React root.
import useAntdMessage from 'antd/es/message/useMessage';
import { createContext, use, type ReactNode } from 'react';

const MessageContext = createContext<MessageInstance | undefined>(undefined);

/**
 * Toasts ("已保存", "正在上传") themed by the surrounding ConfigProvider. antd's `App` would give the same, but brings
 * the modal and notification machinery into every route's first load; the app uses toasts only.
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = useAntdMessage();
  return (
    <MessageContext value={api}>
      {holder}
      {children}
    </MessageContext>
  );
}

export function useMessage(): MessageInstance {
  const api = use(MessageContext);
  if (!api) throw new Error('useMessage needs a MessageProvider');
  return api;
}
