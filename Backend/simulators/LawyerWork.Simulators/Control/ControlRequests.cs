using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.Control;

/// <summary>Body of <c>PUT /_control/…/fault</c>; the mode is a string so that an unknown one is a named field error.</summary>
internal sealed record FaultRequest(string? Mode, int? DelayMilliseconds, int? RetryAfterSeconds, int? ForRequests, int? ForMilliseconds)
{
    public (Fault? Fault, Dictionary<string, string[]> Errors) ToFault()
    {
        if (!Enum.TryParse<FaultMode>(Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(Mode, out _))
        {
            return (null, new Dictionary<string, string[]>
            {
                ["mode"] = [$"is required and must be one of {string.Join(", ", Enum.GetNames<FaultMode>())}"],
            });
        }

        var fault = new Fault(mode, DelayMilliseconds, RetryAfterSeconds, ForRequests, ForMilliseconds);
        var errors = fault.Validate();
        return (errors.Count == 0 ? fault : null, errors);
    }
}

/// <summary>Body of <c>PUT /_control/webhooks/{name}</c>.</summary>
internal sealed record ReceiverRequest(string? Secret, int? ToleranceSeconds)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(Secret))
        {
            errors["secret"] = ["is required"];
        }

        if (ToleranceSeconds is < 0)
        {
            errors["toleranceSeconds"] = ["must be 0 (no age check) or more"];
        }

        return errors;
    }
}

/// <summary>What a target has seen: every request, and what it recorded in order of first receipt.</summary>
internal sealed record ReceivedReport<T>(long Requests, IReadOnlyList<T> Received);
