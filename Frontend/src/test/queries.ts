import { screen, within } from '@testing-library/react';

/** A label as antd renders it on a button: a space between two Chinese characters (登 记). */
export const spaced = (label: string) => new RegExp(`^${[...label].join('\\s?')}$`);

/** A button by its text (role queries over a page with a table are very slow in jsdom). */
export function buttonIn(container: HTMLElement, text: RegExp | string): HTMLElement {
  return within(container).getByText(text).closest<HTMLElement>('button')!;
}

/** The modal with this title (a drawer or another modal behind it is a dialog too). */
export async function modal(title: string): Promise<HTMLElement> {
  return (await screen.findByText(title, { selector: '.ant-modal-title' })).closest<HTMLElement>('.ant-modal')!;
}

/** The Form.Item (label, control and messages) of the field labelled so, within a container. */
export function formItemIn(container: HTMLElement, label: string): HTMLElement {
  const item = within(container).getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`No form item for ${label}`);
  return item;
}
