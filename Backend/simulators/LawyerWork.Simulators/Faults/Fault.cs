namespace LawyerWork.Simulators.Faults;

/// <summary>
/// A fault to apply to one target. <see cref="ForRequests"/> and <see cref="ForMilliseconds"/>
/// limit it (whichever ends first); without either it stays until replaced.
/// </summary>
public sealed record Fault(
    FaultMode Mode,
    int? DelayMilliseconds = null,
    int? RetryAfterSeconds = null,
    int? ForRequests = null,
    int? ForMilliseconds = null)
{
    public const int DefaultDelayMilliseconds = 1000;
    public const int DefaultRetryAfterSeconds = 1;

    public static Fault None { get; } = new(FaultMode.None);

    /// <summary>The field errors of this fault, keyed by the control API's (camelCase) names; empty when valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.IsDefined(Mode))
        {
            errors["mode"] = [$"must be one of {string.Join(", ", Enum.GetNames<FaultMode>())}"];
        }

        if (DelayMilliseconds is < 0)
        {
            errors["delayMilliseconds"] = ["must be 0 or more"];
        }

        if (RetryAfterSeconds is < 0)
        {
            errors["retryAfterSeconds"] = ["must be 0 or more"];
        }

        if (ForRequests is < 1)
        {
            errors["forRequests"] = ["must be 1 or more"];
        }

        if (ForMilliseconds is < 1)
        {
            errors["forMilliseconds"] = ["must be 1 or more"];
        }

        return errors;
    }
}
