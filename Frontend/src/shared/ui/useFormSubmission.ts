import type { FormInstance } from 'antd';
import { useState } from 'react';
import { classifySubmitError, type SubmitProblem } from './serverErrors';

/**
 * The life of a form's submission: while it runs, and what went wrong (field errors are placed on
 * the form; the rest is returned for a SubmitProblemAlert).
 */
export function useFormSubmission(form: FormInstance) {
  const [problem, setProblem] = useState<SubmitProblem>();
  const [submitting, setSubmitting] = useState(false);

  /** Runs the submission; resolves to its result, or undefined when it failed (the problem is kept). */
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    setSubmitting(true);
    setProblem(undefined);
    try {
      return await action();
    } catch (error) {
      setProblem(classifySubmitError(error, form));
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return { problem, submitting, submit, clearProblem: () => setProblem(undefined) };
}
