import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { ProblemError } from './problem';
import { ProblemAlert } from './ProblemAlert';

function response(status: number, statusText = '') {
  return new Response(null, { status, statusText });
}

describe('ProblemError.fromResponse', () => {
  it('reads title, detail and field errors of an RFC 9457 body', () => {
    const error = ProblemError.fromResponse(response(400), {
      type: 'https://redline.example/problems/validation',
      title: '参数校验失败',
      status: 400,
      detail: '2 个字段不合法',
      errors: [{ field: 'name', message: '不能为空' }, { message: '整体错误' }, 'garbage', { field: 'x' }],
    });
    expect(error.status).toBe(400);
    expect(error.title).toBe('参数校验失败');
    expect(error.detail).toBe('2 个字段不合法');
    expect(error.errors).toEqual([
      { field: 'name', message: '不能为空' },
      { field: '', message: '整体错误' },
    ]);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    const error = ProblemError.fromResponse(response(502, 'Bad Gateway'), '<html>oops</html>');
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });
});

describe('ProblemAlert', () => {
  it('shows the title, the detail and every field message', async () => {
    const error = new ProblemError(400, {
      title: '参数校验失败',
      detail: '请求中有 2 个错误',
      errors: [
        { field: 'name', message: '名称不能为空' },
        { field: 'employees', message: '必须大于等于 0' },
      ],
    });
    await renderApp(<ProblemAlert error={error} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('参数校验失败');
    expect(alert).toHaveTextContent('请求中有 2 个错误');
    expect(alert).toHaveTextContent('状态码 400');
    const items = within(screen.getByTestId('problem-field-errors')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['name: 名称不能为空', 'employees: 必须大于等于 0']);
  });

  it('names a problem by its code in the UI language, whatever language its title came in', async () => {
    const error = ProblemError.fromResponse(response(404), {
      type: 'https://redline.example.cn/problems/not-found',
      code: 'not-found',
      title: 'Not found',
      status: 404,
      errors: [{ field: 'limit', code: 'out-of-range', message: '超出允许范围' }],
    });
    expect(error.errors).toEqual([{ field: 'limit', code: 'out-of-range', message: '超出允许范围' }]);
    await renderApp(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('未找到');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Not found');
  });

  it('shows a plain error without pretending it came from the server', async () => {
    await renderApp(<ProblemAlert error={new TypeError('Failed to fetch')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('请求失败');
    expect(alert).toHaveTextContent('Failed to fetch');
    expect(screen.queryByTestId('problem-field-errors')).not.toBeInTheDocument();
  });
});
