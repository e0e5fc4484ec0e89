using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.Modules.Supervision.Deadlines;

internal static class DeadlineServices
{
    /// <summary>
    /// The calendar, the policy (defaults plus configuration, checked here so a bad value stops the
    /// start) and the calculator, all immutable and so singletons.
    /// </summary>
    public static IServiceCollection AddSupervisionDeadlines(this IServiceCollection services)
    {
        services.AddSingleton(WorkingCalendar.Embedded);
        services.AddSingleton(sp => new DeadlinePolicy(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<DeadlineCalculator>();
        return services;
    }
}
