import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import type { MeetingKind } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import {
  overdueParam,
  supervisionKeys,
  useCaseStep,
  type AppointMemberCommand,
  type FormCommitteeCommand,
  type RecordMeetingCommand,
} from '../common/supervisionApi';

/** Newest first: the host's default order. */
export const defaultMeetingSort = '-heldOn';

export function useMeetingList(state: ListState) {
  const { filters } = state;
  const query = {
    kind: filters.kind as MeetingKind | undefined,
    from: filters.from,
    to: filters.to,
    withOverdueDecisions: overdueParam(filters.withOverdueDecisions),
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: supervisionKeys.meetingList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/meetings', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One meeting with its ETag (what a correction or a decision's completion must name in If-Match). */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: supervisionKeys.meeting(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/meetings/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** 记录会议: the meeting, stored as read, and the lists read again. Not retried (no Idempotency-Key here). */
export function useRecordMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordMeetingCommand) => unwrapVersioned(apiClient.POST('/api/supervision/meetings', { body })),
    onSuccess: (meeting) => {
      queryClient.setQueryData(supervisionKeys.meeting(meeting.data.id), meeting);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.meetingLists() });
    },
  });
}

/** 更正会议记录 against the version the form started from; the decisions given are added. */
export function useCorrectMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RecordMeetingCommand; etag: string }) =>
      unwrapVersioned(apiClient.PUT('/api/supervision/meetings/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: (meeting) => {
      queryClient.setQueryData(supervisionKeys.meeting(id), meeting);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.meetingLists() });
    },
  });
}

/** 决议办结: the step is the decision's id; If-Match names the meeting's version. */
export function useCompleteDecision(meetingId: string) {
  return useCaseStep({ detail: supervisionKeys.meeting(meetingId), lists: supervisionKeys.meetingLists() }, (decisionId: string, doneOn: string | null, etag: string) =>
    unwrapVersioned(
      apiClient.POST('/api/supervision/meetings/{id}/decisions/{decisionId}/completion', {
        params: { path: { id: meetingId, decisionId }, header: { 'If-Match': etag } },
        body: { doneOn },
      }),
    ),
  );
}

/** The committees of the caller's region with their members (a short list: no paging). */
export function useCommitteeList() {
  return useQuery({
    queryKey: supervisionKeys.committeeList(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/committees', { signal })),
  });
}

export function useCommittee(id: string) {
  return useQuery({
    queryKey: supervisionKeys.committee(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/committees/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** 成立专业委员会 (409 when the name is taken). */
export function useFormCommittee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FormCommitteeCommand) => unwrapVersioned(apiClient.POST('/api/supervision/committees', { body })),
    onSuccess: (committee) => {
      queryClient.setQueryData(supervisionKeys.committee(committee.data.id), committee);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.committeeList() });
    },
  });
}

export type CommitteeStep = { kind: 'appointment' } | { kind: 'termEnd'; memberId: string };

/** 任命委员 or 提前结束任期, with If-Match naming the committee's version. */
export function useCommitteeStep(id: string) {
  return useCaseStep(
    { detail: supervisionKeys.committee(id), lists: supervisionKeys.committeeList() },
    (step: CommitteeStep, body: AppointMemberCommand | { endsOn: string | null }, etag: string) =>
      unwrapVersioned(
        step.kind === 'appointment'
          ? apiClient.POST('/api/supervision/committees/{id}/members', { params: { path: { id }, header: { 'If-Match': etag } }, body: body as AppointMemberCommand })
          : apiClient.POST('/api/supervision/committees/{id}/members/{memberId}/term-end', {
              params: { path: { id, memberId: step.memberId }, header: { 'If-Match': etag } },
              body: body as { endsOn: string | null },
            }),
      ),
  );
}
