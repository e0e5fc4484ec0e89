import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './problem';

const response = (status: number, statusText = '') => new Response(null, { status, statusText });

describe('toApiError', () => {
  it('keeps the fields of a problem document', () => {
    const error = toApiError(
      {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
        title: '未找到行政区划',
        status: 404,
        detail: '代码为 229999 的行政区划不存在。',
        traceId: '00-1-2-00',
      },
      response(404),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isProblemDocument).toBe(true);
    expect(error.problem).toEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: '未找到行政区划',
      status: 404,
      detail: '代码为 229999 的行政区划不存在。',
      traceId: '00-1-2-00',
      errors: undefined,
    });
    expect(error.message).toBe('代码为 229999 的行政区划不存在。');
  });

  it('keeps validation errors by field', () => {
    const error = toApiError(
      { title: 'One or more validation errors occurred.', status: 400, errors: { code: ['Must be six digits.'] } },
      response(400),
    );

    expect(error.problem.errors).toEqual({ code: ['Must be six digits.'] });
    expect(error.problem.type).toBe('about:blank');
  });

  it('takes the status from the response when the body has none', () => {
    expect(toApiError({ title: 'Conflict' }, response(409)).problem.status).toBe(409);
  });

  it('describes a body that is not a problem document by its status', () => {
    const error = toApiError('<html>Bad Gateway</html>', response(502, 'Bad Gateway'));

    expect(error.isProblemDocument).toBe(false);
    expect(error.problem).toMatchObject({ title: 'Bad Gateway', status: 502 });
  });
});
