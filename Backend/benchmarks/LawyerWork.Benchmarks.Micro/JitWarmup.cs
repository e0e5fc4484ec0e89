using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// Runs every benchmark of the assembly a few hundred times before BenchmarkDotNet measures anything.
/// In process, all benchmarks share one JIT: the libraries they have in common (FluentValidation, the
/// collections) are promoted from R2R or tier 0 through PGO-instrumented code to tier 1 on a background
/// thread, which a loaded 2-core machine starves. Without this, whichever benchmark first touched
/// FluentValidation measured that slow phase (a valid import row: 50–70 μs instead of about 12 μs).
/// Out of process, BenchmarkDotNet's own jitting stage would cover it; in process it does not.
/// </summary>
internal static class JitWarmup
{
    private const int Calls = 300;

    public static TimeSpan Run(Assembly assembly)
    {
        var watch = Stopwatch.StartNew();
        foreach (var type in assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(IsBenchmark)))
        {
            try
            {
                Warm(type);
            }
            catch (TargetInvocationException e)
            {
                // BenchmarkDotNet will run the same setup and report the failure (and the exit code says so).
                Console.WriteLine($"JIT warm-up of {type.Name} skipped: {e.InnerException?.Message}");
            }
        }

        // Tier-1 code is compiled in the background after a call-counting delay: give it a moment.
        Thread.Sleep(TimeSpan.FromSeconds(1));
        return watch.Elapsed;
    }

    private static void Warm(Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        foreach (var method in type.GetMethods().Where(IsBenchmark))
        {
            for (var i = 0; i < Calls; i++)
            {
                if (method.Invoke(instance, null) is Task task)
                {
                    task.GetAwaiter().GetResult();
                }
            }
        }
    }

    private static bool IsBenchmark(MethodInfo method) => method.GetCustomAttribute<BenchmarkAttribute>() is not null;
}
