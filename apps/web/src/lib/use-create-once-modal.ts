import { Form } from 'antd';
import { useState } from 'react';

/**
 * State of a modal that creates something and then shows its one-time result (an invite link, a token,
 * a write key): the form, the created value, the error, and a close that resets all three.
 */
export function useCreateOnceModal<Values extends object, Created>(onClose: () => void) {
  const [form] = Form.useForm<Values>();
  const [created, setCreated] = useState<Created>();
  const [error, setError] = useState<string>();
  const close = () => {
    setCreated(undefined);
    setError(undefined);
    form.resetFields();
    onClose();
  };
  return { form, created, setCreated, error, setError, close };
}
