import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageProps {
  title: ReactNode;
  description?: ReactNode;
  /** Controls shown at the right of the title (filters, actions). */
  extra?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: a heading (the page's h1), an optional description, then the content. */
export function Page({ title, description, extra, children }: PageProps) {
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {description && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {description}
            </Typography.Paragraph>
          )}
        </div>
        {extra}
      </Flex>
      <Card>{children}</Card>
    </Flex>
  );
}
