import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/ui/describeError';
import { useFormat } from '../../../shared/ui/format';
import type { ComplaintDetails } from '../common/supervisionApi';
import { attachmentTypes, downloadComplaintAttachment, maxAttachmentBytes, useAttachToComplaint } from './useComplaints';

interface ComplaintAttachmentsProps {
  complaint: ComplaintDetails;
  /** Handlers upload evidence (until the complaint is closed); everyone who reads the complaint downloads it. */
  mayUpload: boolean;
}

/** The evidence of a complaint: PDF, JPEG or PNG files up to 5 MB, checked here before the host checks them again. */
export function ComplaintAttachments({ complaint, mayUpload }: ComplaintAttachmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const attach = useAttachToComplaint(complaint.id);
  const [downloading, setDownloading] = useState<string>();

  async function upload(file: File) {
    if (!(attachmentTypes as readonly string[]).includes(file.type)) {
      void message.error(t('supervision.complaints.detail.wrongType', { name: file.name }));
      return;
    }
    if (file.size > maxAttachmentBytes) {
      void message.error(t('supervision.complaints.detail.tooLarge', { name: file.name }));
      return;
    }
    try {
      const added = await attach.mutateAsync(file);
      void message.success(t('supervision.complaints.detail.uploaded', { name: added.fileName }));
    } catch (error) {
      const { title, detail } = describeError(error, t);
      void message.error(`${t('supervision.complaints.detail.uploadFailed')} ${detail ?? title}`);
    }
  }

  async function download(attachment: ComplaintDetails['attachments'][number]) {
    setDownloading(attachment.id);
    try {
      await downloadComplaintAttachment(complaint.id, attachment);
    } catch (error) {
      const { title, detail } = describeError(error, t);
      void message.error(detail ?? title);
    } finally {
      setDownloading(undefined);
    }
  }

  return (
    <Flex vertical gap={12}>
      {mayUpload && complaint.state !== 'Closed' && (
        <Flex gap={12} align="center" wrap>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              // The upload goes through the API client (antiforgery, problem details), not antd's XHR.
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending}>
              {t('supervision.complaints.detail.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('supervision.complaints.detail.uploadHint')}</Typography.Text>
        </Flex>
      )}
      {complaint.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.complaints.detail.noAttachments')} />
      ) : (
        <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('supervision.complaints.detail.attachments')}>
          {complaint.attachments.map((attachment) => (
            <Flex component="li" key={attachment.id} justify="space-between" align="center" gap={12} wrap>
              <Flex vertical gap={0}>
                <Typography.Text>
                  <PaperClipOutlined /> {attachment.fileName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('supervision.complaints.detail.size', { size: format.number(Math.ceil(attachment.size / 1024)) })} ·{' '}
                  {t('supervision.complaints.detail.uploadedBy', { name: attachment.uploadedBy, at: format.dateTime(attachment.uploadedAt) })}
                </Typography.Text>
              </Flex>
              <Button size="small" icon={<DownloadOutlined />} loading={downloading === attachment.id} onClick={() => void download(attachment)}>
                {t('supervision.complaints.detail.download')}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
