import userEvent from '@testing-library/user-event';

/** Types a value in one go (focus, then paste): per-key typing into antd inputs is slow on a shared machine. */
export async function paste(element: HTMLElement, text: string): Promise<void> {
  await userEvent.click(element);
  await userEvent.paste(text);
}
