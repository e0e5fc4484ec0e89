namespace LawyerWork.Modules.Supervision.Deadlines;

/// <summary>How a time limit counts its days: every calendar day, or only working days (WorkingCalendar).</summary>
public enum DayCount
{
    Calendar,
    Working,
}
