import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastType = 'loading' | 'success' | 'error' | 'info';

export interface ToastOptions {
  /** A toast opened again with the same key replaces the first (an upload's "sending" turns into its outcome). */
  key?: string;
  type: ToastType;
  content: ReactNode;
  /** Seconds on screen; 0 keeps it until it is replaced. */
  duration?: number;
}

export interface Toasts {
  /** Resolves when the toast goes away. */
  open: (options: ToastOptions) => Promise<void>;
  success: (content: ReactNode) => Promise<void>;
}

interface Shown extends ToastOptions {
  key: string;
}

const MessageContext = createContext<Toasts | undefined>(undefined);

const marks: Record<ToastType, string> = { loading: '', success: '✓', error: '!', info: 'i' };

/**
 * Short notices ("已保存", "正在上传") in a live region at the top of the screen. Our own, not antd's message: they
 * are part of every route's first load, the phone's report page included, which loads no antd at all.
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<readonly Shown[]>([]);
  const timers = useRef(new Map<string, { timer?: ReturnType<typeof setTimeout>; done: () => void }>());
  const counter = useRef(0);

  const close = useCallback((key: string) => {
    const pending = timers.current.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      pending.done();
      timers.current.delete(key);
    }
    setShown((all) => all.filter((toast) => toast.key !== key));
  }, []);

  // A toast's timer must not fire into an unmounted provider (signed out, or a test's cleanup).
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  const api = useMemo<Toasts>(() => {
    const open = ({ duration = 3, ...options }: ToastOptions) =>
      new Promise<void>((resolve) => {
        counter.current += 1;
        const key = options.key ?? `toast-${String(counter.current)}`;
        const previous = timers.current.get(key);
        if (previous) {
          clearTimeout(previous.timer);
          previous.done();
        }
        const timer = duration > 0 ? setTimeout(() => { close(key); }, duration * 1000) : undefined;
        timers.current.set(key, { timer, done: resolve });
        setShown((all) => [...all.filter((toast) => toast.key !== key), { ...options, key }]);
      });
    return { open, success: (content) => open({ type: 'success', content }) };
  }, [close]);

  return (
    <MessageContext value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {shown.map((toast) => (
          <div key={toast.key} className={`toast toast-${toast.type}`} data-testid="toast">
            <span className="toast-mark" aria-hidden>
              {marks[toast.type]}
            </span>
            {toast.content}
          </div>
        ))}
      </div>
    </MessageContext>
  );
}

export function useMessage(): Toasts {
  const api = use(MessageContext);
  if (!api) throw new Error('useMessage needs a MessageProvider');
  return api;
}
