using LawyerWork.Simulators.National;
using LawyerWork.Simulators.Webhooks;

namespace LawyerWork.Simulators.Control;

/// <summary>Both simulated systems at once, for the in-process callers' set-up between tests.</summary>
public sealed class SimulatorControl(NationalSimulator national, WebhookReceivers webhooks)
{
    public NationalSimulator National { get; } = national;

    public WebhookReceivers Webhooks { get; } = webhooks;

    /// <summary>Forgets everything received, every count and fault, and every receiver not from configuration.</summary>
    public void Reset()
    {
        National.Reset();
        Webhooks.Reset();
    }
}
