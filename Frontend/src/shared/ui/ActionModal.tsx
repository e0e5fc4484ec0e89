import { Flex, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { classifySubmitError, type SubmitProblem } from './serverErrors';
import { SubmitProblemAlert } from './SubmitProblemAlert';

interface ActionModalProps<Values> {
  /** The form's name: prefixes its fields' ids, so that two modals on one page never share an id. */
  name: string;
  open: boolean;
  title: ReactNode;
  okText: ReactNode;
  /** A step that cannot easily be undone (cancellation) gets a red button. */
  danger?: boolean;
  /** What the step does, above the fields. */
  intro?: ReactNode;
  initialValues?: Partial<Values>;
  /** The form's items. */
  children: ReactNode;
  /** Performs the step; a rejection is shown in the modal (field errors on the fields). */
  onSubmit: (values: Values) => Promise<unknown>;
  /** Called after a successful step, and on cancel. */
  onClose: () => void;
  /** Refetches the record after a 412, so that the step can be confirmed against what is stored now. */
  onReload?: () => Promise<unknown>;
}

/**
 * The confirmation of a workflow step (suspend, reinstate, cancel, transfer): a modal with the
 * step's fields, the server's field errors next to them, its conflicts and "changed by someone
 * else" (with a reload) above them.
 */
export function ActionModal<Values extends object>({
  name,
  open,
  title,
  okText,
  danger,
  intro,
  initialValues,
  children,
  onSubmit,
  onClose,
  onReload,
}: ActionModalProps<Values>) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<SubmitProblem>();
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // The form shows what is missing.
    }
    setSubmitting(true);
    setProblem(undefined);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      setProblem(classifySubmitError(error, form));
    } finally {
      setSubmitting(false);
    }
  }

  async function reload() {
    if (!onReload) return;
    setReloading(true);
    try {
      await onReload();
      setProblem(undefined);
    } finally {
      setReloading(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: submitting }}
      onOk={() => void submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) {
          form.resetFields();
          setProblem(undefined);
        }
      }}
      forceRender
    >
      <Flex vertical gap={12}>
        {intro}
        <SubmitProblemAlert problem={problem} onReload={onReload ? () => void reload() : undefined} reloading={reloading} />
        <Form form={form} name={name} layout="vertical" initialValues={initialValues}>
          {children}
        </Form>
      </Flex>
    </Modal>
  );
}
