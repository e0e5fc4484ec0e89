namespace LawyerWork.Simulators.Faults;

/// <summary>How a simulated system misbehaves (docs/integration/simulators.md, "Faults").</summary>
public enum FaultMode
{
    None,
    Slow,
    ServerError,
    TooManyRequests,
    Reset,
    Malformed,
    Huge,
    Down,
    Hold,
}
